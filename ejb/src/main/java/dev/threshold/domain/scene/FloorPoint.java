package dev.threshold.domain.scene;

/**
 * A point on the floor in metres: x across the floor from its far-left corner, y towards the camera from its far edge.
 * Points beyond the floor quadrilateral are still meaningful (negative or beyond the floor's size).
 */
public record FloorPoint(double x, double y) {

    public double distanceTo(FloorPoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
