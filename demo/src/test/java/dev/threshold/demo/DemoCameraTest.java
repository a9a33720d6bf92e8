package dev.threshold.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.CameraSources;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.ReaderSettings;
import dev.threshold.infrastructure.video.StreamSource;
import dev.threshold.testing.Await;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The demo camera is a stream like any other: {@code demo:door} read by the ordinary camera reader, live. */
@Timeout(30)
class DemoCameraTest {

    /** As the server does when it starts (CameraPlugins): the demo's addresses become readable. */
    @BeforeAll
    static void plugIn() {
        CameraSources.register(new DemoCameraPlugin());
    }

    @Test
    void demoDoorIsALiveStreamWithoutCredentialsAndOtherDemoNamesAreRefusedInWords() {
        StreamSource demo = StreamSource.of(DemoCameraGrabber.STREAM_URL);
        assertEquals(StreamSource.Kind.RENDERED, demo.kind());
        assertTrue(demo.live(), "it never ends, as a camera");
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> StreamSource.of("demo:garage"));
        assertTrue(unknown.getMessage().contains("demo:door"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StreamSource("demo:door", "admin", "secret"));
    }

    @Test
    void theGrabberRendersTenFramesASecondInRealTime() throws Exception {
        try (DemoCameraGrabber grabber = new DemoCameraGrabber(Clock.systemUTC())) {
            grabber.start();
            long started = System.nanoTime();
            long previous = -1;
            for (int i = 0; i < 5; i++) {
                Frame frame = grabber.grab();
                assertEquals(640, frame.imageWidth);
                assertEquals(480, frame.imageHeight);
                assertEquals(3, frame.imageChannels);
                if (previous >= 0) {
                    long step = grabber.getTimestamp() - previous;
                    // 100 ms apart; a grab that comes late (a loaded machine) skips to the present, as a camera does.
                    assertTrue(step >= 100_000 && step % 100_000 == 0, "on the 100 ms grid: " + step);
                }
                previous = grabber.getTimestamp();
            }
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 350, "paced like a camera");
        }
    }

    @Test
    void theCameraReaderKeepsFiveFramesASecondOfTheDemoDoor() throws Exception {
        List<CapturedFrame> frames = new CopyOnWriteArrayList<>();
        CameraReader reader = new CameraReader(
                "demo",
                StreamSource.of(DemoCameraGrabber.STREAM_URL),
                ReaderSettings.DEFAULTS,
                frames::add,
                Clock.systemUTC());
        Thread thread = new Thread(reader);
        thread.start();
        Await.until(() -> frames.size() >= 10, Duration.ofSeconds(10), () -> "10 frames: " + reader.health());
        reader.stop();
        thread.join(5000);

        assertFalse(thread.isAlive());
        Duration span = Duration.between(
                frames.get(0).capturedAt(), frames.get(frames.size() - 1).capturedAt());
        assertTrue(
                span.toMillis() >= 200L * (frames.size() - 1) - 300, "about 5 fps: " + frames.size() + " in " + span);
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < frames.size(); i++) {
            gaps.add(Duration.between(
                            frames.get(i - 1).capturedAt(), frames.get(i).capturedAt())
                    .toMillis());
        }
        gaps.sort(null);
        // Typically 200 ms; the median, since a late frame on a loaded machine shifts one gap.
        assertEquals(200, gaps.get(gaps.size() / 2), 30, "frames 200 ms apart: " + gaps);
        assertTrue(gaps.get(0) >= 100, "never two frames of one 200 ms slot: " + gaps);
        assertEquals(640 * 480 * 3, frames.get(0).bgr().length);
        assertEquals(null, reader.health().lastError());
        assertEquals(0, reader.health().droppedFrames());
    }
}
