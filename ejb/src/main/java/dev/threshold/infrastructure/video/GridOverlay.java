package dev.threshold.infrastructure.video;

import static org.bytedeco.opencv.global.opencv_core.CV_32SC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.addWeighted;

import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.Tile;
import java.util.Set;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Draws a camera's floor grid on a snapshot, in perspective, with some tiles red (where a tailgater stood) and the
 * door line: the evidence picture of an incident's occurrence, and what the console's viewer overlays.
 */
public final class GridOverlay {

    private static final Scalar GRID = new Scalar(90, 220, 90, 0);
    private static final Scalar RED = new Scalar(40, 40, 230, 0);
    private static final Scalar DOOR = new Scalar(0, 215, 255, 0);
    /** How much of a red tile's colour is the red: the person must stay visible through it. */
    private static final double RED_OPACITY = 0.45;

    private GridOverlay() {}

    /**
     * @param jpeg     the snapshot
     * @param scene    the camera's scene, drawn for any snapshot size (it scales)
     * @param redTiles the tiles to paint red
     * @return the snapshot with the overlay, as JPEG
     */
    public static byte[] draw(byte[] jpeg, Scene scene, Set<Tile> redTiles) {
        CapturedFrame frame = JpegCodec.decode("overlay", java.time.Instant.EPOCH, jpeg);
        FloorGeometry floor = scene.scaledTo(frame.width(), frame.height()).geometry();
        try (Mat image = new Mat(frame.height(), frame.width(), CV_8UC3)) {
            image.data().put(frame.bgr(), 0, frame.bgr().length);
            if (!redTiles.isEmpty()) {
                try (Mat red = image.clone()) {
                    for (Tile tile : redTiles) {
                        try (IntPointer xy = new IntPointer(pixels(tileCorners(floor, scene, tile)));
                                Mat corners = new Mat(4, 1, CV_32SC2, xy);
                                MatVector polygons = new MatVector(corners)) {
                            opencv_imgproc.fillPoly(red, polygons, RED);
                        }
                    }
                    addWeighted(red, RED_OPACITY, image, 1 - RED_OPACITY, 0, image);
                }
            }
            int thickness = Math.max(1, frame.width() / 640);
            for (int col = 0; col <= scene.tileCols(); col++) {
                double x = scene.widthMeters() * col / scene.tileCols();
                line(
                        image,
                        floor.toImage(new FloorPoint(x, 0)),
                        floor.toImage(new FloorPoint(x, scene.depthMeters())),
                        GRID,
                        thickness);
            }
            for (int row = 0; row <= scene.tileRows(); row++) {
                double y = scene.depthMeters() * row / scene.tileRows();
                line(
                        image,
                        floor.toImage(new FloorPoint(0, y)),
                        floor.toImage(new FloorPoint(scene.widthMeters(), y)),
                        GRID,
                        thickness);
            }
            line(image, floor.toImage(floor.doorStart()), floor.toImage(floor.doorEnd()), DOOR, thickness * 3);
            return encode(image);
        }
    }

    private static ImagePoint[] tileCorners(FloorGeometry floor, Scene scene, Tile tile) {
        double w = scene.widthMeters() / scene.tileCols();
        double d = scene.depthMeters() / scene.tileRows();
        double x = tile.col() * w, y = tile.row() * d;
        return new ImagePoint[] {
            floor.toImage(new FloorPoint(x, y)),
            floor.toImage(new FloorPoint(x + w, y)),
            floor.toImage(new FloorPoint(x + w, y + d)),
            floor.toImage(new FloorPoint(x, y + d))
        };
    }

    private static int[] pixels(ImagePoint[] corners) {
        int[] xy = new int[corners.length * 2];
        for (int i = 0; i < corners.length; i++) {
            xy[2 * i] = (int) Math.round(corners[i].x());
            xy[2 * i + 1] = (int) Math.round(corners[i].y());
        }
        return xy;
    }

    private static void line(Mat image, ImagePoint a, ImagePoint b, Scalar colour, int thickness) {
        try (Point from = new Point((int) Math.round(a.x()), (int) Math.round(a.y()));
                Point to = new Point((int) Math.round(b.x()), (int) Math.round(b.y()))) {
            opencv_imgproc.line(image, from, to, colour, thickness, opencv_imgproc.LINE_AA, 0);
        }
    }

    private static byte[] encode(Mat image) {
        byte[] bgr = new byte[image.cols() * image.rows() * 3];
        image.data().get(bgr);
        return JpegCodec.encode(bgr, image.cols(), image.rows(), JpegCodec.DEFAULT_QUALITY);
    }
}
