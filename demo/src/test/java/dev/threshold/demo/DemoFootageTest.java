package dev.threshold.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.Clip;
import dev.threshold.infrastructure.video.JpegCodec;
import dev.threshold.infrastructure.video.NoRecordingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo camera's footage is rendered again on request: what it showed at any past moment, never the future. */
class DemoFootageTest {

    static final Instant NOW = Instant.parse("2026-11-29T08:01:00Z");
    static final Instant T = Instant.parse("2026-11-29T08:00:18.050Z"); // Grace Liu badges at 18 s of the loop

    @TempDir
    Path dir;

    @Test
    void aClipIsAnH264Mp4OfTheCamerasTenFramesASecond() throws Exception {
        Clip clip = DemoFootage.clip(T, T.plusSeconds(2), NOW, dir.resolve("demo.mp4"));
        assertEquals(Instant.parse("2026-11-29T08:00:18.100Z"), clip.start(), "on the camera's 100 ms grid");
        assertEquals(Instant.parse("2026-11-29T08:00:20Z"), clip.end());
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.file().toFile())) {
            grabber.start();
            assertEquals("h264", grabber.getVideoCodecName());
            assertEquals(DemoRenderer.WIDTH, grabber.getImageWidth());
            int frames = 0;
            while (grabber.grabImage() != null) {
                frames++;
            }
            assertEquals(20, frames);
        }
        assertTrue(Files.size(clip.file()) > 1000);
    }

    @Test
    void aClipEndsNowAndTheFutureWasNotShownYet() throws Exception {
        Clip clip = DemoFootage.clip(NOW.minusSeconds(1), NOW.plusSeconds(30), NOW, dir.resolve("now.mp4"));
        assertEquals(NOW, clip.end());
        NoRecordingException future = assertThrows(
                NoRecordingException.class,
                () -> DemoFootage.clip(NOW.plusSeconds(1), NOW.plusSeconds(5), NOW, dir.resolve("later.mp4")));
        assertTrue(future.getMessage().contains("not shown"), future.getMessage());
        assertThrows(NoRecordingException.class, () -> DemoFootage.snapshot(NOW.plusMillis(1), NOW));
    }

    @Test
    void aSnapshotIsTheFrameTheCameraShowedThen() throws Exception {
        CapturedFrame frame = JpegCodec.decode("demo", T, DemoFootage.snapshot(T, NOW));
        assertEquals(DemoRenderer.WIDTH, frame.width());
        assertEquals(DemoRenderer.HEIGHT, frame.height());
        DemoScript script = DemoScript.standard();
        try (DemoRenderer renderer = new DemoRenderer(script)) {
            byte[] shown = renderer.bgrAt(new DemoLoop(script.loopSeconds()).secondsAt(T));
            CapturedFrame again = JpegCodec.decode(
                    "demo",
                    T,
                    JpegCodec.encode(shown, DemoRenderer.WIDTH, DemoRenderer.HEIGHT, JpegCodec.DEFAULT_QUALITY));
            assertArrayEquals(again.bgr(), frame.bgr(), "the same picture, JPEG for JPEG");
        }
    }
}
