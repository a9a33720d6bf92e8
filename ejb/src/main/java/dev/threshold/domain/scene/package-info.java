/**
 * The camera set-up ({@code threshold-scene/1}): a floor quadrilateral with its size in metres, a tile grid and the
 * door line. It turns image pixels into floor metres, so that tracking and crossing rules do not depend on where the
 * camera hangs or on the frame size.
 */
package dev.threshold.domain.scene;
