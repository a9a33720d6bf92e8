package dev.threshold.demo;

import static dev.threshold.demo.DemoOptics.pixelsPerMeter;
import static dev.threshold.demo.DemoOptics.project;

import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one walking person as the camera sees them from above and in front: a soft shadow on the floor, legs and arms
 * that swing with the stride, a torso, a head with hair (and a face when they walk towards the camera). Every part
 * is a 3-D point of the body projected through {@link DemoOptics}, so the person's size always matches the floor
 * grid at their feet. Body measures are for a 1.75 m person and scale with the person's height.
 */
final class PersonPainter {

    private static final double REFERENCE_HEIGHT = 1.75;
    private static final double HIP = 0.85;
    private static final double SHOULDER = 1.42;
    private static final double HEAD = 1.62;
    private static final double HEAD_RADIUS = 0.105;

    private PersonPainter() {}

    static void paint(Canvas c, Walk walk, double t) {
        FloorPoint at = walk.positionAt(t).orElseThrow();
        Body body = new Body(at, walk.headingAt(t), walk.look().heightMeters() / REFERENCE_HEIGHT);
        Appearance look = walk.look();
        double swing = walk.movingAt(t) ? Math.sin(walk.stridePhaseAt(t)) : 0;

        c.softShadow(body.ellipse(0.32, 0.24, 0.0, 0, 14), 0.35, 4);

        double legWidth = 0.13 * pixelsPerMeter(at, HIP * body.scale);
        for (int side = -1; side <= 1; side += 2) {
            ImagePoint hip = body.point(side * 0.09, 0, HIP);
            ImagePoint foot = body.ground(side * 0.1, side * 0.2 * swing);
            c.line(hip, foot, legWidth, look.trousers());
            c.disc(foot, 0.055 * pixelsPerMeter(at, 0), SHOES);
        }
        c.polygon(
                List.of(
                        body.point(-0.17, 0, HIP),
                        body.point(0.17, 0, HIP),
                        body.point(0.21, 0, SHOULDER),
                        body.point(-0.21, 0, SHOULDER)),
                look.shirt());
        c.polygon(body.ellipse(0.22, 0.12, SHOULDER, 0, 12), look.shirt());
        double armWidth = 0.085 * pixelsPerMeter(at, SHOULDER * body.scale);
        int[] sleeve = darker(look.shirt());
        for (int side = -1; side <= 1; side += 2) {
            ImagePoint shoulder = body.point(side * 0.22, 0, SHOULDER - 0.04);
            ImagePoint hand = body.point(side * 0.26, -side * 0.18 * swing, 0.8);
            c.line(shoulder, hand, armWidth, sleeve);
            c.disc(hand, 0.045 * pixelsPerMeter(at, 0.8 * body.scale), look.skin());
        }
        c.line(
                body.point(0, 0, SHOULDER),
                body.point(0, 0.01, HEAD),
                0.1 * pixelsPerMeter(at, HEAD * body.scale),
                look.skin()); // the neck: without it a distant head floats apart from its body
        paintHead(c, body, look);
    }

    /** Hair all over from behind; walking towards the camera, a face under the hair, turned the way they walk. */
    private static void paintHead(Canvas c, Body body, Appearance look) {
        ImagePoint centre = body.point(0, 0.02, HEAD);
        double radius = HEAD_RADIUS * pixelsPerMeter(body.at, HEAD * body.scale) * body.scale;
        c.disc(centre, radius, look.hair());
        double towardsCamera = body.heading.y();
        if (towardsCamera > -0.3) {
            ImagePoint ahead = body.point(0, 0.1, HEAD);
            double dx = ahead.x() - centre.x(), dy = ahead.y() - centre.y(), len = Math.max(1e-6, Math.hypot(dx, dy));
            double turn = 0.25 * radius * (1 - Math.max(0, towardsCamera));
            ImagePoint face = new ImagePoint(centre.x() + dx / len * turn, centre.y() + 0.2 * radius);
            c.disc(face, 0.8 * radius, look.skin());
        }
    }

    private static final int[] SHOES = {30, 30, 34};

    private static int[] darker(int[] bgr) {
        return new int[] {bgr[0] * 4 / 5, bgr[1] * 4 / 5, bgr[2] * 4 / 5};
    }

    /** The person's frame of reference: across the body, along the walking direction, and height. */
    private record Body(FloorPoint at, FloorPoint heading, double scale) {

        /** A body point {@code across} metres to the side, {@code along} ahead, {@code z} high (for 1.75 m). */
        ImagePoint point(double across, double along, double z) {
            double sx = -heading.y(), sy = heading.x();
            return project(
                    at.x() + across * sx + along * heading.x(), at.y() + across * sy + along * heading.y(), z * scale);
        }

        ImagePoint ground(double across, double along) {
            return point(across, along, 0);
        }

        /** A horizontal ellipse around the body's axis at height {@code z}, as an image polygon. */
        List<ImagePoint> ellipse(double acrossRadius, double alongRadius, double z, double alongOffset, int n) {
            List<ImagePoint> points = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * i / n;
                points.add(point(acrossRadius * Math.cos(a), alongOffset + alongRadius * Math.sin(a), z));
            }
            return points;
        }
    }
}
