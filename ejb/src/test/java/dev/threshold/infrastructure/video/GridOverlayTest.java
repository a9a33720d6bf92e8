package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.Tile;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridOverlayTest {

    /** A 4 m × 3 m floor of 4 × 3 tiles drawn on a 640×480 picture, the door across the middle. */
    static final Scene SCENE = new Scene(
            "door",
            640,
            480,
            List.of(
                    new ImagePoint(100, 200),
                    new ImagePoint(540, 200),
                    new ImagePoint(620, 470),
                    new ImagePoint(20, 470)),
            4,
            3,
            4,
            3,
            List.of(new ImagePoint(150, 300), new ImagePoint(500, 300)),
            new ImagePoint(320, 220));

    static byte[] greyPicture(int width, int height) {
        byte[] bgr = new byte[width * height * 3];
        Arrays.fill(bgr, (byte) 128);
        return JpegCodec.encode(bgr, width, height, 95);
    }

    static int[] pixelAt(byte[] jpeg, ImagePoint p) {
        CapturedFrame frame = JpegCodec.decode("t", Instant.EPOCH, jpeg);
        int i = ((int) p.y() * frame.width() + (int) p.x()) * 3;
        return new int[] {frame.bgr()[i] & 0xff, frame.bgr()[i + 1] & 0xff, frame.bgr()[i + 2] & 0xff};
    }

    @Test
    void paintsTheTailgatersTileRedAndLeavesTheOthers() {
        byte[] drawn = GridOverlay.draw(greyPicture(640, 480), SCENE, Set.of(new Tile(1, 2)));
        ImagePoint red = SCENE.geometry().toImage(new FloorPoint(1.5, 2.5));
        ImagePoint other = SCENE.geometry().toImage(new FloorPoint(2.5, 0.5));
        int[] inRed = pixelAt(drawn, red);
        int[] inOther = pixelAt(drawn, other);
        assertTrue(inRed[2] > 170 && inRed[0] < 110, "red tile: BGR " + Arrays.toString(inRed));
        assertTrue(
                Math.abs(inOther[2] - 128) < 12 && Math.abs(inOther[0] - 128) < 12,
                "other tile untouched: BGR " + Arrays.toString(inOther));
    }

    @Test
    void drawsTheGridInPerspectiveAtAnySnapshotSize() {
        byte[] drawn = GridOverlay.draw(greyPicture(1280, 960), SCENE, Set.of());
        // The floor's far-left corner is a grid corner: green there, at twice the scene's size.
        int[] corner = pixelAt(drawn, new ImagePoint(200, 400));
        assertTrue(corner[1] > 160 && corner[2] < 150, "grid line: BGR " + Arrays.toString(corner));
    }
}
