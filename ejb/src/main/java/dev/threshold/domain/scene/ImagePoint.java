package dev.threshold.domain.scene;

/** A point in image pixels, x to the right and y down, of a frame of a stated size. */
public record ImagePoint(double x, double y) {

    public ImagePoint scaled(double sx, double sy) {
        return new ImagePoint(x * sx, y * sy);
    }

    public double distanceTo(ImagePoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
