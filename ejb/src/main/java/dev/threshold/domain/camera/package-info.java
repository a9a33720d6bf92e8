/**
 * What the cameras deliver: analysed frames now, crossings and scenes as the counting work lands.
 */
package dev.threshold.domain.camera;
