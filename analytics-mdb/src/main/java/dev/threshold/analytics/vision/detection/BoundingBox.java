package dev.threshold.analytics.vision.detection;

import dev.threshold.domain.scene.ImagePoint;

/** An axis-aligned box in image pixels, corners (x1, y1) top-left and (x2, y2) bottom-right. */
public record BoundingBox(double x1, double y1, double x2, double y2) {

    public double width() {
        return Math.max(0, x2 - x1);
    }

    public double height() {
        return Math.max(0, y2 - y1);
    }

    public double area() {
        return width() * height();
    }

    /** Where a standing person touches the floor. */
    public ImagePoint bottomCentre() {
        return new ImagePoint((x1 + x2) / 2, y2);
    }

    public double iou(BoundingBox o) {
        double iw = Math.min(x2, o.x2) - Math.max(x1, o.x1);
        double ih = Math.min(y2, o.y2) - Math.max(y1, o.y1);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        return inter / (area() + o.area() - inter);
    }

    public BoundingBox scaled(double factor) {
        return new BoundingBox(x1 * factor, y1 * factor, x2 * factor, y2 * factor);
    }

    public BoundingBox translated(double dx, double dy) {
        return new BoundingBox(x1 + dx, y1 + dy, x2 + dx, y2 + dy);
    }
}
