/**
 * {@code /api/kisi}, {@code /api/settings/kisi}: the Kisi settings and places, and what Kisi's API answers.
 */
package dev.threshold.interfaces.kisi.rest;
