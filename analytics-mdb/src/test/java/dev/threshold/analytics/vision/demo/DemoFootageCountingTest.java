package dev.threshold.analytics.vision.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.demo.DemoRenderer;
import dev.threshold.demo.DemoScene;
import dev.threshold.demo.DemoScript;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.JpegCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The demo's footage counted as the server counts it: rendered frames at the analysis rate of 5 fps, through the
 * frame store's JPEG, with the default detector (the bundled YOLOX model) and with the model-free fallback. Every
 * scripted crossing of a loop is found — the followers on one badge too, or the demo shows no tailgating.
 */
class DemoFootageCountingTest {

    @Test
    void everyScriptedCrossingOfTwoLoopsIsCountedAt5FpsThroughJpegWithoutAModel() {
        // The second loop: the background is learnt by then, as on a running server.
        assertEveryCrossingCounted(DetectorChoice.of("model-free", Optional.empty()), 2);
    }

    @Test
    void everyScriptedCrossingOfTheFirstLoopIsCountedWithTheDefaultDetector() {
        // The bundled YOLOX model needs no background: the first loop counts, as on a server's first start.
        assertEveryCrossingCounted(DetectorChoice.bundled(), 1);
    }

    private static void assertEveryCrossingCounted(DetectorChoice choice, int loops) {
        DemoScript script = DemoScript.standard();
        List<LineCrossing> counted = new ArrayList<>();
        double fps = 5;
        try (DemoRenderer renderer = new DemoRenderer(script);
                var detector = choice.create(DemoScene.scene(), fps, DetectorSettings.defaults())) {
            CameraPipeline pipeline =
                    new CameraPipeline(DemoScene.scene(), detector, PipelineSettings.forFrameRate(fps));
            int frames = (int) (loops * script.loopSeconds() * fps);
            for (int i = 0; i < frames; i++) {
                double t = i / fps;
                Instant at = Instant.EPOCH.plusMillis(Math.round(t * 1000));
                byte[] jpeg = JpegCodec.encode(
                        renderer.bgrAt(t % script.loopSeconds()),
                        DemoRenderer.WIDTH,
                        DemoRenderer.HEIGHT,
                        JpegCodec.DEFAULT_QUALITY);
                CapturedFrame frame = JpegCodec.decode("demo", at, jpeg);
                counted.addAll(pipeline.process(new VideoFrame(frame.width(), frame.height(), frame.bgr(), at)));
            }
        }
        double lastLoopStart = (loops - 1) * script.loopSeconds();
        List<String> last = counted.stream()
                .filter(c -> c.at().toEpochMilli() >= lastLoopStart * 1000)
                .map(c -> String.format(
                        "%s@%.1f",
                        c.direction() == Direction.IN ? "in" : "out", c.at().toEpochMilli() / 1000.0 - lastLoopStart))
                .toList();
        List<String> expected = script.crossings().stream()
                .map(c -> String.format("%s@%.1f", c.entering() ? "in" : "out", c.atSeconds()))
                .toList();
        System.out.println("demo crossings with " + choice.describe() + ": script " + expected + ", counted " + last);
        assertEquals(expected.size(), last.size(), "script " + expected + ", counted " + last);
        assertEquals(
                expected.stream().filter(e -> e.startsWith("in")).count(),
                last.stream().filter(e -> e.startsWith("in")).count(),
                "script " + expected + ", counted " + last);
    }
}
