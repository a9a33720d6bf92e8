/**
 * Doors (Kisi locks) and the cameras that watch them: the mapping that puts a door event on the right video.
 */
package dev.threshold.domain.door;
