package dev.threshold.domain.scene;

import java.util.List;

/** The rules a scene must meet before pixels can become metres; each failure names the field a user must fix. */
final class SceneValidation {

    record Values(
            String cameraName,
            int width,
            int height,
            List<ImagePoint> floorQuad,
            double widthMeters,
            double depthMeters,
            int tileCols,
            int tileRows,
            List<ImagePoint> doorLine,
            ImagePoint inside) {}

    private SceneValidation() {}

    static void check(Values s) {
        if (s.width() < 1 || s.height() < 1) {
            throw new InvalidSceneException(
                    "camera.width/height",
                    "the frame size must be at least 1×1 pixels, not " + s.width() + "×" + s.height());
        }
        if (s.floorQuad() == null || s.floorQuad().size() != 4) {
            throw new InvalidSceneException(
                    "floor.image", "needs exactly four corners (far-left, far-right, near-right, near-left)");
        }
        checkQuad(s.floorQuad());
        if (!(s.widthMeters() > 0) || !Double.isFinite(s.widthMeters())) {
            throw new InvalidSceneException(
                    "floor.widthMeters", "must be a positive number of metres, not " + s.widthMeters());
        }
        if (!(s.depthMeters() > 0) || !Double.isFinite(s.depthMeters())) {
            throw new InvalidSceneException(
                    "floor.depthMeters", "must be a positive number of metres, not " + s.depthMeters());
        }
        if (s.tileCols() < 1) {
            throw new InvalidSceneException("floor.tiles.cols", "must be at least 1, not " + s.tileCols());
        }
        if (s.tileRows() < 1) {
            throw new InvalidSceneException("floor.tiles.rows", "must be at least 1, not " + s.tileRows());
        }
        if (s.doorLine() == null || s.doorLine().size() != 2) {
            throw new InvalidSceneException("door.line", "needs exactly two points");
        }
        double diagonal = Math.hypot(s.width(), s.height());
        ImagePoint a = s.doorLine().get(0), b = s.doorLine().get(1);
        if (a.distanceTo(b) < 0.01 * diagonal) {
            throw new InvalidSceneException("door.line", "its two ends are (almost) the same point");
        }
        // A user clicks the ends onto the floor's edge; allow a couple of percent of the frame for the click.
        double slack = 0.02 * diagonal;
        for (int i = 0; i < 2; i++) {
            ImagePoint p = s.doorLine().get(i);
            if (distanceOutside(s.floorQuad(), p) > slack) {
                throw new InvalidSceneException(
                        "door.line",
                        "end " + (i + 1) + " (" + fmt(p)
                                + ") is off the floor: both ends must lie on the floor quadrilateral");
            }
        }
        if (s.inside() == null) {
            throw new InvalidSceneException("door.inside", "is missing");
        }
        if (lineDistance(a, b, s.inside()) < 0.01 * diagonal) {
            throw new InvalidSceneException(
                    "door.inside",
                    "(" + fmt(s.inside()) + ") lies on the door line, so it cannot tell which side is inside");
        }
        double[][] quad = Scenes.corners(s.floorQuad());
        Homography toFloor = Homography.fromFourPoints(quad, Scenes.floorCorners(s.widthMeters(), s.depthMeters()));
        double w = toFloor.mapHomogeneous(s.inside().x(), s.inside().y())[2];
        double w0 = toFloor.mapHomogeneous(quad[0][0], quad[0][1])[2];
        if (Math.signum(w) != Math.signum(w0)) {
            throw new InvalidSceneException(
                    "door.inside",
                    "(" + fmt(s.inside())
                            + ") lies beyond the floor's horizon; pick a point on the floor on the inside side");
        }
    }

    private static void checkQuad(List<ImagePoint> q) {
        double sign = 0;
        for (int i = 0; i < 4; i++) {
            ImagePoint p0 = q.get(i), p1 = q.get((i + 1) % 4), p2 = q.get((i + 2) % 4);
            double cross = (p1.x() - p0.x()) * (p2.y() - p1.y()) - (p1.y() - p0.y()) * (p2.x() - p1.x());
            if (Math.abs(cross) < 1e-6) {
                throw new InvalidSceneException(
                        "floor.image",
                        "is degenerate: corners " + (i + 1) + ", " + ((i + 1) % 4 + 1) + " and " + ((i + 2) % 4 + 1)
                                + " lie on one line");
            }
            if (sign != 0 && Math.signum(cross) != sign) {
                throw new InvalidSceneException(
                        "floor.image",
                        "is self-intersecting or not convex: give the corners"
                                + " in the order far-left, far-right, near-right, near-left");
            }
            sign = Math.signum(cross);
        }
    }

    /** 0 inside the convex quadrilateral, otherwise the distance to its nearest edge. */
    static double distanceOutside(List<ImagePoint> q, ImagePoint p) {
        boolean inside = true;
        double sign = 0;
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            ImagePoint a = q.get(i), b = q.get((i + 1) % 4);
            double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
            if (sign == 0) {
                sign = Math.signum(orientation(q));
            }
            if (Math.signum(cross) == -sign && cross != 0) {
                inside = false;
            }
            nearest = Math.min(nearest, segmentDistance(a, b, p));
        }
        return inside ? 0 : nearest;
    }

    private static double orientation(List<ImagePoint> q) {
        double area = 0;
        for (int i = 0; i < 4; i++) {
            ImagePoint a = q.get(i), b = q.get((i + 1) % 4);
            area += a.x() * b.y() - b.x() * a.y();
        }
        return area;
    }

    private static double segmentDistance(ImagePoint a, ImagePoint b, ImagePoint p) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double t = ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(a.x() + t * dx - p.x(), a.y() + t * dy - p.y());
    }

    private static double lineDistance(ImagePoint a, ImagePoint b, ImagePoint p) {
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        return Math.abs(dx * (p.y() - a.y()) - dy * (p.x() - a.x())) / Math.hypot(dx, dy);
    }

    private static String fmt(ImagePoint p) {
        return Scenes.number(p.x()) + ", " + Scenes.number(p.y());
    }
}
