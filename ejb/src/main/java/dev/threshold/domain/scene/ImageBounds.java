package dev.threshold.domain.scene;

import java.util.Collection;

/** The smallest upright rectangle that holds some image points: e.g. the part of a frame a scene or a shape covers. */
public record ImageBounds(double minX, double minY, double maxX, double maxY) {

    /** @throws IllegalArgumentException when there are no points */
    public static ImageBounds of(Collection<ImagePoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the bounds of no points");
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (ImagePoint p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new ImageBounds(minX, minY, maxX, maxY);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
