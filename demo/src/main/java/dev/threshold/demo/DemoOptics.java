package dev.threshold.demo;

import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;

/**
 * The demo camera as a pinhole camera: mounted 3.2 m up, 1.5 m behind the near edge of the floor it watches, pitched down at the entrance door in
 * the far wall. Every pixel the renderer draws — floor tiles, walls, a person's feet and head — is a point of the
 * lobby projected through it, so people shrink with distance exactly as the scene's floor homography says (the
 * homography is this projection restricted to the floor). Coordinates are the scene's floor metres (x from the
 * far-left corner to the right, y from the far wall towards the camera) and a height z above the floor.
 */
final class DemoOptics {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    /** The lobby floor in view, as the scene's floor quadrilateral describes it. */
    static final double FLOOR_WIDTH = 5.0;

    static final double FLOOR_DEPTH = 4.0;
    /** The doorway in the far wall (y = 0), between these x, and its height. */
    static final double DOOR_LEFT = 2.0;

    static final double DOOR_RIGHT = 3.0;
    static final double DOOR_HEIGHT = 2.1;
    static final double WALL_HEIGHT = 2.8;

    private static final double CAMERA_X = 2.5;
    private static final double CAMERA_Y = FLOOR_DEPTH + 1.5;
    private static final double CAMERA_Z = 3.2;
    private static final double PITCH = Math.toRadians(35);
    private static final double FOCAL = 420;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;

    private static final double SIN = Math.sin(PITCH);
    private static final double COS = Math.cos(PITCH);

    private DemoOptics() {}

    static ImagePoint project(double x, double y, double z) {
        double dx = x - CAMERA_X, dy = y - CAMERA_Y, dz = z - CAMERA_Z;
        // Camera axes: forward (0, -cos, -sin) looks at the far wall and down; right (1, 0, 0); down (0, sin, -cos).
        double forward = -dy * COS - dz * SIN;
        double down = dy * SIN - dz * COS;
        return new ImagePoint(CENTRE_X + FOCAL * dx / forward, CENTRE_Y + FOCAL * down / forward);
    }

    static ImagePoint project(FloorPoint p, double z) {
        return project(p.x(), p.y(), z);
    }

    /** Pixels per metre, across the image, of something standing at this point: how wide to draw a body. */
    static double pixelsPerMeter(FloorPoint p, double z) {
        return project(p.x() + 0.5, p.y(), z).x()
                - project(p.x() - 0.5, p.y(), z).x();
    }
}
