/**
 * The console's Kisi settings and Kisi places pages (secret fields that never send a secret back).
 */
package dev.threshold.interfaces.kisi.console;
