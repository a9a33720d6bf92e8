/**
 * {@code /api/doors}: doors and their cameras, their Kisi place, their alert settings.
 */
package dev.threshold.interfaces.door.rest;
