package dev.threshold.demo;

import static dev.threshold.demo.DemoOptics.DOOR_HEIGHT;
import static dev.threshold.demo.DemoOptics.DOOR_LEFT;
import static dev.threshold.demo.DemoOptics.DOOR_RIGHT;
import static dev.threshold.demo.DemoOptics.HEIGHT;
import static dev.threshold.demo.DemoOptics.WALL_HEIGHT;
import static dev.threshold.demo.DemoOptics.WIDTH;
import static dev.threshold.demo.DemoOptics.project;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.bitwise_not;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;

import dev.threshold.domain.scene.ImagePoint;
import java.util.List;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * The lobby without people, drawn once: a tiled floor whose tiles are the scene's floor grid (half a metre), the far
 * wall with the entrance's sliding door standing open, a badge reader beside it, and through the doorway the
 * corridor outside. Also the mask of the doorway: people in the corridor are seen only through it.
 */
final class LobbyBackground implements AutoCloseable {

    private static final double TILE = 0.5;
    private static final double NEAR_Y = 5.3;
    private static final double CORRIDOR_FAR_Y = -3.2;
    /** The lobby is wider than the picture: its floor and far wall run on beyond both sides. */
    private static final double LOBBY_LEFT = -6;

    private static final double LOBBY_RIGHT = 11;

    private static final int[] CEILING = {205, 210, 212};
    private static final int[] FAR_WALL = {178, 199, 214};
    private static final int[] TILE_LIGHT = {150, 156, 160};
    private static final int[] TILE_DARK = {132, 139, 144};
    private static final int[] GROUT = {112, 118, 122};
    private static final int[] SKIRTING = {70, 80, 90};
    private static final int[] CORRIDOR_WALL = {214, 222, 226};
    private static final int[] CORRIDOR_FLOOR = {104, 118, 128};
    private static final int[] DOOR_FRAME = {38, 62, 96};
    private static final int[] DOOR_LEAF = {60, 98, 140};
    private static final int[] THRESHOLD = {170, 170, 172};
    private static final int[] READER = {45, 45, 48};
    private static final int[] READER_LIGHT = {230, 170, 40};

    private final Mat image = new Mat(HEIGHT, WIDTH, CV_8UC3);
    private final Mat doorway = new Mat(HEIGHT, WIDTH, CV_8UC1, new Scalar(0));
    private final Mat allButDoorway = new Mat();

    LobbyBackground() {
        try (PointerScope scope = new PointerScope()) {
            draw(new Canvas(image));
            new Canvas(doorway).polygon(doorwayOpening(), new int[] {255, 255, 255});
            bitwise_not(doorway, allButDoorway);
        }
    }

    /** The empty lobby; callers copy it, never draw on it. */
    Mat image() {
        return image;
    }

    /** Non-zero everywhere except the doorway: where the walls hide the corridor. */
    Mat walls() {
        return allButDoorway;
    }

    private void draw(Canvas c) {
        image.put(Canvas.colour(CEILING));
        c.polygon(
                List.of(
                        project(LOBBY_LEFT, 0, 0),
                        project(LOBBY_RIGHT, 0, 0),
                        project(LOBBY_RIGHT, 0, WALL_HEIGHT),
                        project(LOBBY_LEFT, 0, WALL_HEIGHT)),
                FAR_WALL);
        drawFloor(c);
        drawCorridor(c);
        c.line(project(LOBBY_LEFT, 0, 0), project(LOBBY_RIGHT, 0, 0), 3, SKIRTING);
        drawDoor(c);
        putText(
                image,
                "Threshold demo camera - rendered scene",
                new Point(10, HEIGHT - 12),
                FONT_HERSHEY_SIMPLEX,
                0.45,
                new Scalar(235, 235, 235, 0),
                1,
                LINE_AA,
                false);
    }

    /** Tiles of the scene's grid, continued beyond the scene's floor to the edges of the picture. */
    private static void drawFloor(Canvas c) {
        int rows = (int) Math.ceil(NEAR_Y / TILE);
        int firstCol = (int) Math.floor(LOBBY_LEFT / TILE), lastCol = (int) Math.ceil(LOBBY_RIGHT / TILE);
        for (int row = 0; row < rows; row++) {
            for (int col = firstCol; col < lastCol; col++) {
                double x = col * TILE, y = row * TILE, y2 = Math.min(NEAR_Y, y + TILE);
                c.polygon(
                        List.of(project(x, y, 0), project(x + TILE, y, 0), project(x + TILE, y2, 0), project(x, y2, 0)),
                        Math.floorMod(row + col, 2) == 0 ? TILE_LIGHT : TILE_DARK);
            }
        }
        for (int col = firstCol; col <= lastCol; col++) {
            c.line(project(col * TILE, 0, 0), project(col * TILE, NEAR_Y, 0), 1, GROUT);
        }
        for (int row = 1; row < rows; row++) {
            c.line(project(LOBBY_LEFT, row * TILE, 0), project(LOBBY_RIGHT, row * TILE, 0), 1, GROUT);
        }
    }

    /** The corridor seen through the doorway: its floor and far wall, drawn only inside the opening. */
    private void drawCorridor(Canvas c) {
        try (Mat corridor = new Mat(HEIGHT, WIDTH, CV_8UC3, Canvas.colour(CORRIDOR_WALL))) {
            Canvas outside = new Canvas(corridor);
            outside.polygon(
                    List.of(
                            project(-8, CORRIDOR_FAR_Y, 0),
                            project(13, CORRIDOR_FAR_Y, 0),
                            project(13, 0, 0),
                            project(-8, 0, 0)),
                    CORRIDOR_FLOOR);
            outside.line(project(-8, CORRIDOR_FAR_Y, 0), project(13, CORRIDOR_FAR_Y, 0), 2, SKIRTING);
            try (Mat opening = new Mat(HEIGHT, WIDTH, CV_8UC1, new Scalar(0))) {
                new Canvas(opening).polygon(doorwayOpening(), new int[] {255, 255, 255});
                corridor.copyTo(c.image(), opening);
            }
        }
    }

    private static void drawDoor(Canvas c) {
        // A sliding door, open: its leaf parked on the wall beside the doorway, out of everyone's way.
        double leafLeft = DOOR_RIGHT + 0.04, leafRight = DOOR_RIGHT + 1.02, front = 0.03;
        c.polygon(
                List.of(
                        project(leafLeft, front, 0),
                        project(leafRight, front, 0),
                        project(leafRight, front, DOOR_HEIGHT),
                        project(leafLeft, front, DOOR_HEIGHT)),
                DOOR_LEAF);
        c.line(project(leafLeft + 0.08, front, 0.9), project(leafLeft + 0.08, front, 1.2), 2, THRESHOLD);
        c.line(
                project(DOOR_LEFT - 0.05, front, DOOR_HEIGHT + 0.06),
                project(leafRight + 0.05, front, DOOR_HEIGHT + 0.06),
                3,
                SKIRTING); // the rail the leaf slides on
        double frame = 5;
        c.line(project(DOOR_LEFT, 0, 0), project(DOOR_LEFT, 0, DOOR_HEIGHT), frame, DOOR_FRAME);
        c.line(project(DOOR_RIGHT, 0, 0), project(DOOR_RIGHT, 0, DOOR_HEIGHT), frame, DOOR_FRAME);
        c.line(project(DOOR_LEFT, 0, DOOR_HEIGHT), project(DOOR_RIGHT, 0, DOOR_HEIGHT), frame, DOOR_FRAME);
        c.line(project(DOOR_LEFT, 0, 0), project(DOOR_RIGHT, 0, 0), 3, THRESHOLD);
        c.polygon(
                List.of(
                        project(DOOR_LEFT - 0.32, 0, 1.05),
                        project(DOOR_LEFT - 0.2, 0, 1.05),
                        project(DOOR_LEFT - 0.2, 0, 1.25),
                        project(DOOR_LEFT - 0.32, 0, 1.25)),
                READER);
        c.disc(project(DOOR_LEFT - 0.26, 0, 1.2), 1.5, READER_LIGHT);
    }

    private static List<ImagePoint> doorwayOpening() {
        return List.of(
                project(DOOR_LEFT, 0, 0),
                project(DOOR_RIGHT, 0, 0),
                project(DOOR_RIGHT, 0, DOOR_HEIGHT),
                project(DOOR_LEFT, 0, DOOR_HEIGHT));
    }

    @Override
    public void close() {
        image.close();
        doorway.close();
        allButDoorway.close();
    }
}
