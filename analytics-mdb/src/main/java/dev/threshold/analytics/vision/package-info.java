/**
 * The vision core: counts people crossing a door line on camera video. Plain Java with no server dependencies, so that
 * the analytics beans, the benchmarks and the tests run the very same code. A frame goes through a {@code detection}
 * {@link dev.threshold.analytics.vision.detection.Detector detector} chosen by configuration, a floor
 * {@code tracking} tracker in metres, and a {@code crossing} door-line zone with inertia that emits crossing events;
 * {@code pipeline} wires them per camera, and {@code scene} is the camera set-up that gives pixels a floor.
 */
package dev.threshold.analytics.vision;
