package dev.threshold.analytics.vision.foreground;

import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Frames of the CAVIAR shop front drawn from scratch: a fixed textured background with sensor noise, people as
 * upright blocks 0.5 m wide and 1.7 m tall standing on floor points, optionally casting a shadow to their right.
 */
final class DrawnDoor {

    static final Scene SCENE = SceneJson.parse(TestScenes.CAVIAR);
    static final FloorGeometry FLOOR = SCENE.geometry();
    static final int W = SCENE.width(), H = SCENE.height();

    private final byte[] background = new byte[W * H * 3];
    private final Random noise = new Random(3);
    private final double fps;
    private int index;

    DrawnDoor(double fps) {
        this.fps = fps;
        Random texture = new Random(1);
        for (int i = 0; i < background.length; i++) {
            background[i] = (byte) (110 + texture.nextInt(90));
        }
    }

    /** A person as drawn: where they stand, and whether the light throws their shadow a metre to their right. */
    record Person(FloorPoint at, boolean shadow) {
        static Person at(double x, double y) {
            return new Person(new FloorPoint(x, y), false);
        }
    }

    VideoFrame frame(Person... people) {
        byte[] bgr = background.clone();
        for (int i = 0; i < bgr.length; i++) {
            bgr[i] = (byte) Math.max(0, Math.min(255, (bgr[i] & 0xff) + noise.nextInt(5) - 2));
        }
        for (Person p : people) {
            ImagePoint feet = FLOOR.toImage(p.at());
            ImagePoint side = FLOOR.toImage(new FloorPoint(p.at().x() + 0.5, p.at().y()));
            double width = side.x() - feet.x();
            if (p.shadow()) {
                fill(bgr, feet.x() + width / 2, feet.y() - width * 0.4, feet.x() + width * 2.5, feet.y(), 0.55);
            }
            fill(bgr, feet.x() - width / 2, feet.y() - width * 3.4, feet.x() + width / 2, feet.y(), 0);
        }
        Instant at = Instant.EPOCH.plus(Duration.ofNanos(Math.round(index++ / fps * 1e9)));
        return new VideoFrame(W, H, bgr, at);
    }

    /** factor 0: a dark body; between 0 and 1: the background darkened, as a shadow does. */
    private static void fill(byte[] bgr, double x1, double y1, double x2, double y2, double factor) {
        for (int y = Math.max(0, (int) y1); y < Math.min(H, (int) Math.ceil(y2)); y++) {
            for (int x = Math.max(0, (int) x1); x < Math.min(W, (int) Math.ceil(x2)); x++) {
                int i = (y * W + x) * 3;
                for (int c = 0; c < 3; c++) {
                    bgr[i + c] = factor == 0 ? (byte) (30 + 10 * c) : (byte) ((bgr[i + c] & 0xff) * factor);
                }
            }
        }
    }
}
