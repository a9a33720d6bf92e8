/**
 * {@code /api/cameras}: cameras, their clips, health, live picture, recorded timeline and set-up trials.
 */
package dev.threshold.interfaces.camera.rest;
