/**
 * What the cameras deliver and who reads them: cameras, the leases that give each camera's reader to one node, the
 * analysed frames, the door crossings counted on them (entity {@code DoorCrossing}) and the tiles a tailgater
 * occupied.
 */
package dev.threshold.domain.camera;
