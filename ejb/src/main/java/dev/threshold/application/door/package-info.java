/**
 * Doors: which cameras watch each Kisi lock, which Kisi place a door belongs to, and door alerts (who is e-mailed
 * about which kind of door event, with the cameras' pictures of the moment).
 */
package dev.threshold.application.door;
