/**
 * Door crossings: a door-line zone with inertia, as Frigate's zones have, that turns floor tracks into crossing events
 * with a direction; one per passage, none for loitering at the threshold.
 */
package dev.threshold.analytics.vision.crossing;
