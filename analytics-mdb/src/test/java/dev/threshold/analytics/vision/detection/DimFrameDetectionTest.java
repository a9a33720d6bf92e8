package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.Prerequisites;
import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on a real frame made dim and noisy, as a camera at night sees the shop front: it finds the person it
 * finds on the original, at the same score threshold, with the door crop's contrast normalised or not. Runs where
 * ../shared holds the clips, skipped elsewhere (failed in CI).
 */
class DimFrameDetectionTest {

    private static final Scene CAVIAR = SceneJson.parse(TestScenes.CAVIAR);

    @Test
    void findsOnADarkenedNoisyCopyThePersonFoundOnTheOriginal() throws Exception {
        VideoFrame original = doorFrame();
        VideoFrame dark = darkened(original);
        try (YoloxOnnxDetector detector = new YoloxOnnxDetector(
                        DetectorModel.bundled(),
                        CAVIAR,
                        DetectorSettings.defaults().withNormaliseContrast(false));
                YoloxOnnxDetector normalising =
                        new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, DetectorSettings.defaults())) {
            PersonDetection person = atTheDoor(detector.detect(original))
                    .orElseThrow(() -> new AssertionError("no person at the door on the original frame"));

            List<PersonDetection> inTheDark = detector.detect(dark);
            List<PersonDetection> stretched = normalising.detect(dark);
            System.out.printf(
                    "person at the door: score %.2f on the original; darkened: %s, normalised %s%n",
                    person.score(), scores(inTheDark), scores(stretched));
            assertTrue(
                    inTheDark.stream().anyMatch(d -> d.box().iou(person.box()) > 0.5),
                    "the person at " + person.box() + " again on the darkened frame, found " + inTheDark);
            assertTrue(
                    stretched.stream().anyMatch(d -> d.box().iou(person.box()) > 0.5),
                    "the person at " + person.box() + " on the darkened frame normalised, found " + stretched);
        }
    }

    @Test
    void aWellExposedFrameIsDetectedExactlyAsWithoutNormalisation() throws Exception {
        VideoFrame original = doorFrame();
        try (YoloxOnnxDetector detector =
                        new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, DetectorSettings.defaults());
                YoloxOnnxDetector plain = new YoloxOnnxDetector(
                        DetectorModel.bundled(),
                        CAVIAR,
                        DetectorSettings.defaults().withNormaliseContrast(false))) {
            CropRegion door =
                    detector.regionsFor(original.width(), original.height()).get(0);
            assertTrue(ContrastStretch.of(original, door).isNone(), "the shop front by day uses the whole range");
            assertTrue(detector.detect(original).equals(plain.detect(original)));
        }
    }

    @Test
    void aSecondLookAroundThePersonFindsThemScaledUp() throws Exception {
        VideoFrame original = doorFrame();
        try (YoloxOnnxDetector detector =
                new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, DetectorSettings.defaults())) {
            PersonDetection person = atTheDoor(detector.detect(original)).orElseThrow();
            CropRegion around = CropRegion.around(person.box(), 2.5, original.width(), original.height());
            CropRegion door =
                    detector.regionsFor(original.width(), original.height()).get(0);
            assertTrue(
                    around.width() < 0.7 * door.width(), "a region smaller than the door crop " + door + ": " + around);

            List<PersonDetection> closer = detector.detectIn(darkened(original), around);
            assertTrue(
                    closer.stream().anyMatch(d -> d.box().iou(person.box()) > 0.5),
                    "the person at " + person.box() + " in " + closer);
            assertFalse(
                    closer.stream()
                            .anyMatch(d ->
                                    d.box().x1() < around.x() - 1 || d.box().y1() < around.y() - 1),
                    "boxes in frame pixels, inside the region looked at: " + closer);
        }
    }

    private static VideoFrame doorFrame() throws Exception {
        Path clip = Prerequisites.shared().resolve("eval/clips/caviar_OneLeaveShop1front.mpg");
        assertTrue(Files.exists(clip), "../shared exists but lacks " + clip);
        return YoloxOnnxDetectorTest.frameAt(clip, 180); // 7.2 s: one person in the doorway, just before stepping out
    }

    /** The person standing at the door line (y 149) of the shop front, as YoloxOnnxDetectorTest finds them. */
    private static Optional<PersonDetection> atTheDoor(List<PersonDetection> found) {
        return found.stream()
                .filter(p -> p.box().y2() > 135
                        && p.box().y2() < 175
                        && p.box().height() > 35
                        && p.box().height() < 110)
                .findFirst();
    }

    /**
     * As a weak sensor at dusk: contrast cut to 0.6 around mid-grey, 40 levels darker, ±14 levels of noise per pixel
     * (fixed seed), on every channel alike.
     */
    static VideoFrame darkened(VideoFrame frame) {
        Random random = new Random(17);
        byte[] in = frame.bgr(), out = new byte[in.length];
        for (int i = 0; i < in.length; i += 3) {
            int noise = random.nextInt(29) - 14;
            for (int c = 0; c < 3; c++) {
                double v = ((in[i + c] & 0xff) - 128) * 0.6 + 128 - 40 + noise;
                out[i + c] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
            }
        }
        return new VideoFrame(frame.width(), frame.height(), out, frame.capturedAt());
    }

    private static String scores(List<PersonDetection> found) {
        return found.stream()
                .map(d -> String.format("%.2f", d.score()))
                .toList()
                .toString();
    }
}
