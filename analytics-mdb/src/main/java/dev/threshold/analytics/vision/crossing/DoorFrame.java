package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;

/**
 * The door's own coordinates on the floor, in metres: depth across the door (positive on the inside, wherever the
 * inside is in the image) and offset along it from the door's middle, without a sign. Neither depends on the order in
 * which the door line's ends were drawn, nor on which side of the image the door or its inside lies: a scene mirrored
 * left-right, with its track mirrored, gives the same depths and offsets, so every decision made on them is
 * mirror-invariant by construction.
 */
public final class DoorFrame {

    private final FloorGeometry geometry;

    private final double cx;
    private final double cy;
    /** Unit normal pointing inside. */
    private final double nx;

    private final double ny;
    private final double halfWidth;

    public DoorFrame(FloorGeometry geometry) {
        this.geometry = geometry;
        FloorPoint a = geometry.doorStart(), b = geometry.doorEnd();
        double length = a.distanceTo(b);
        this.cx = (a.x() + b.x()) / 2;
        this.cy = (a.y() + b.y()) / 2;
        this.halfWidth = length / 2;
        double ux = -(b.y() - a.y()) / length, uy = (b.x() - a.x()) / length;
        // The geometry knows the inside from the scene's inside point; the normal takes its sign from there only.
        double sign = Math.signum(geometry.signedDoorDistance(new FloorPoint(cx + ux, cy + uy)));
        this.nx = sign * ux;
        this.ny = sign * uy;
    }

    /** Metres from the door line (taken as infinite), positive on the inside. */
    public double depth(FloorPoint p) {
        return (p.x() - cx) * nx + (p.y() - cy) * ny;
    }

    /**
     * The depth of the farthest spot a track's feet may be at when someone in front hid them in its latest box
     * ({@link Track#feetHiddenTo}): its box's column at the row the box in front reaches down to. NaN when its feet
     * were not hidden.
     */
    public double hiddenFeetDepth(Track t) {
        double row = t.feetHiddenTo();
        if (Double.isNaN(row) || t.box() == null) {
            return Double.NaN;
        }
        return depth(geometry.toFloor(new ImagePoint(t.box().bottomCentre().x(), row)));
    }

    /** Metres along the door from its middle, either way. */
    public double offset(FloorPoint p) {
        return Math.abs(-(p.x() - cx) * ny + (p.y() - cy) * nx);
    }

    /** Half the door's width in metres: a point with a smaller offset is in front of the door itself. */
    public double halfWidth() {
        return halfWidth;
    }

    /**
     * Whether the straight step from one point to the other passes the line within the door, or at most {@code margin}
     * metres beyond either end; false when both are on the same side.
     */
    public boolean passesThrough(FloorPoint from, FloorPoint to, double margin) {
        double da = depth(from), db = depth(to);
        if (Math.signum(da) == Math.signum(db)) {
            return false;
        }
        double f = da / (da - db);
        FloorPoint at = new FloorPoint(from.x() + f * (to.x() - from.x()), from.y() + f * (to.y() - from.y()));
        return offset(at) <= halfWidth + margin;
    }
}
