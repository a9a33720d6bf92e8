package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.Prerequisites;
import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;

/** The bundled model on a real frame: runs where ../shared holds the clips, skipped elsewhere (failed in CI). */
class YoloxOnnxDetectorTest {

    private static final Scene CAVIAR = SceneJson.parse(TestScenes.CAVIAR);

    @Test
    void findsThePersonLeavingTheShopAtTheDoor() throws Exception {
        Path shared = Prerequisites.shared();
        Path clip = shared.resolve("eval/clips/caviar_OneLeaveShop1front.mpg");
        assertTrue(Files.exists(clip), "../shared exists but lacks " + clip);

        VideoFrame frame = frameAt(clip, 180); // 7.2 s: one person in the doorway, just before stepping out
        try (YoloxOnnxDetector detector =
                new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, DetectorSettings.defaults())) {
            List<PersonDetection> people = detector.detect(frame);
            assertTrue(
                    people.stream()
                            .anyMatch(p -> p.box().y2() > 135
                                    && p.box().y2() < 175
                                    && p.box().height() > 35
                                    && p.box().height() < 110
                                    && p.score() > 0.4),
                    "a person standing at the door line (y 149) in " + people);
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                detector.detect(frame);
            }
            System.out.printf("YOLOX-nano on the door region: %.1f ms/frame%n", (System.nanoTime() - start) / 5e6);
        }
    }

    @Test
    void aMissingModelIsReportedByPath() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new YoloxOnnxDetector(Path.of("/nonexistent/model.onnx"), CAVIAR, DetectorSettings.defaults()));
        assertEquals(
                "detector the model file /nonexistent/model.onnx does not exist or cannot be read", e.getMessage());
    }

    static VideoFrame frameAt(Path clip, int index) throws Exception {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            Frame f = null;
            for (int i = 0; i <= index; i++) {
                f = grabber.grabImage();
            }
            int w = f.imageWidth, h = f.imageHeight;
            byte[] bgr = new byte[w * h * 3];
            ByteBuffer b = (ByteBuffer) f.image[0];
            for (int y = 0; y < h; y++) {
                b.get(y * f.imageStride, bgr, y * w * 3, w * 3);
            }
            grabber.stop();
            return new VideoFrame(w, h, bgr, Instant.EPOCH);
        }
    }
}
