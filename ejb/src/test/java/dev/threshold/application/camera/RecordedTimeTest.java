package dev.threshold.application.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.video.SegmentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedTimeTest {

    static final Instant NOW = Instant.parse("2026-11-29T06:10:00Z");

    @TempDir
    Path root;

    @Test
    void segmentsBackToBackAreOneSpanAGapStartsAnotherAndTheSegmentBeingWrittenReachesNow() throws Exception {
        Camera camera = new Camera("Lobby", NOW);
        Path folder = Files.createDirectories(root.resolve(camera.id().toString()));
        for (String name : new String[] {
            "20261129T060000.000Z_20261129T060010.000Z.ts",
            "20261129T060010.040Z_20261129T060020.000Z.ts", // 40 ms later: the same span
            "20261129T060100.000Z_20261129T060110.000Z.ts", // after a reconnect of 40 s: a new span
            "20261129T060900.000Z.ts"
        }) { // being written
            Files.write(folder.resolve(name), new byte[] {0});
        }
        RecordedTime recorded = new RecordedTime();
        recorded.segments = new SegmentStore(root);
        recorded.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        recorded.plugins = new CameraPlugins(); // no plug-in: every camera is recorded

        assertEquals(
                List.of(
                        new CameraTimeline.Span(
                                Instant.parse("2026-11-29T06:00:00Z"), Instant.parse("2026-11-29T06:00:20Z")),
                        new CameraTimeline.Span(
                                Instant.parse("2026-11-29T06:01:00Z"), Instant.parse("2026-11-29T06:01:10Z")),
                        new CameraTimeline.Span(Instant.parse("2026-11-29T06:09:00Z"), NOW)),
                recorded.recordedSpans(camera));
    }
}
