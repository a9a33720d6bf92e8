package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real streams served on loopback by the ffmpeg binary, in real time. */
@Timeout(90)
class LiveStreamTest {

    private static final ReaderSettings QUICK = ReaderSettings.DEFAULTS
            .withTimeout(Duration.ofSeconds(2))
            .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(1));

    interface Server {
        Process start(Path clip, int port) throws Exception;
    }

    @Test
    void anRtspCameraIsReadAndAnOutageIsBridgedAndRecordedAsAGap() throws Exception {
        outageIsBridgedAndRecordedAsAGap(Media::rtspServer, "rtsp://127.0.0.1:%d/cam");
    }

    @Test
    void anMjpegCameraThatDiesIsReconnectedAndTheOutageRecordedAsAGap() throws Exception {
        outageIsBridgedAndRecordedAsAGap(Media::mjpegServer, "http://127.0.0.1:%d/cam.mjpg");
    }

    private void outageIsBridgedAndRecordedAsAGap(Server camera, String address) throws Exception {
        Path clip = Media.h264(4, 640, 360);
        int port = Media.freePort();
        Process server = camera.start(clip, port);
        CollectingSink sink = new CollectingSink();
        CameraReader reader = new CameraReader(
                "door-1", StreamSource.of(String.format(address, port)), QUICK, sink, Clock.systemUTC());
        Thread thread = new Thread(reader);
        try {
            thread.start(); // the server waits for its one client; the reader retries until it listens
            Await.until(
                    () -> sink.frames.size() >= 10, Duration.ofSeconds(15), () -> "frames arrive: " + reader.health());
            assertTrue(reader.health().connected(), "still connected: " + reader.health());
            // Two seconds more of analysed frames (5 a second): the rates are measured over that much.
            Await.until(() -> sink.frames.size() >= 20, Duration.ofSeconds(15), () -> "frames: " + reader.health());
            CameraHealth running = reader.health();
            assertEquals(25, running.inputFps(), 4, "the camera's rate");
            assertEquals(5, running.analysedFps(), 1, "the analysis rate");

            // The reader may have started before the server listened: that first wait is a gap of its own.
            int gapsBefore = reader.health().gaps().size();
            Media.kill(server); // the camera dies
            Instant killedAt = Instant.now();
            Await.until(
                    () -> !reader.health().connected() && reader.health().gaps().size() == gapsBefore + 1,
                    Duration.ofSeconds(10),
                    () -> "the outage is noticed: " + reader.health());
            StreamGap outage = reader.health().gaps().get(gapsBefore);
            assertTrue(outage.ongoing());
            assertNotNull(reader.health().lastError());
            int before = sink.frames.size();
            Thread.sleep(1500); // the outage this test bridges lasts 1.5 s: its length is the input, not a wait

            server = camera.start(clip, port); // the camera comes back on the same address
            Await.until(
                    () -> sink.frames.size() >= before + 10,
                    Duration.ofSeconds(20),
                    () -> "frames again after the camera is back: " + reader.health());
            CameraHealth after = reader.health();
            assertTrue(after.connected());
            assertTrue(after.reconnects() >= 1);
            assertEquals(gapsBefore + 1, after.gaps().size(), "one outage, one gap");
            StreamGap gap = after.gaps().get(gapsBefore);
            assertFalse(gap.ongoing());
            assertTrue(gap.length(Instant.now()).toMillis() >= 1500, "the gap covers the outage: " + gap);
            assertTrue(!gap.from().isAfter(killedAt.plusMillis(500)), "it starts with the last frame: " + gap);
            // No frame claims a capture time inside the outage.
            assertTrue(sink.frames.stream()
                    .noneMatch(f -> f.capturedAt().isAfter(gap.from().plusMillis(300))
                            && f.capturedAt().isBefore(gap.to().minusMillis(300))));
        } finally {
            reader.stop();
            thread.join(5000);
            Media.kill(server);
        }
    }

    @Test
    void anMjpegCameraIsRecordedAcrossAnOutageAndCutIntoAnH264Clip(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path clip = Media.h264(4, 640, 360);
        int port = Media.freePort();
        Process server = Media.mjpegServer(clip, port);
        SegmentStore store = new SegmentStore(temp.resolve("recordings"));
        SegmentRecorder recorder = new SegmentRecorder(
                "lobby",
                StreamSource.of("http://127.0.0.1:" + port + "/cam.mjpg"),
                RecorderSettings.DEFAULTS
                        .withSegmentLength(Duration.ofSeconds(1))
                        .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(1)),
                store,
                Clock.systemUTC());
        Thread thread = new Thread(recorder);
        try {
            thread.start();
            Await.until(
                    () -> recorder.status().segmentsWritten() >= 2,
                    Duration.ofSeconds(15),
                    () -> "segments written: " + recorder.status());
            int gapsBefore = recorder.status().gaps().size();
            Media.kill(server);
            Await.until(
                    () -> recorder.status().gaps().size() == gapsBefore + 1,
                    Duration.ofSeconds(10),
                    () -> "the outage is recorded: " + recorder.status());
            Thread.sleep(1000); // an outage of 1 s, the input of the test
            server = Media.mjpegServer(clip, port);
            long written = recorder.status().segmentsWritten();
            Await.until(
                    () -> recorder.status().segmentsWritten() >= written + 2,
                    Duration.ofSeconds(20),
                    () -> "recording again after the camera is back: " + recorder.status());
            StreamGap gap = recorder.status().gaps().get(gapsBefore);
            assertFalse(gap.ongoing());
            assertTrue(gap.length(Instant.now()).toMillis() >= 1000, gap.toString());
        } finally {
            recorder.stop();
            thread.join(5000);
            Media.kill(server);
        }
        java.util.List<Segment> segments = store.segments("lobby");
        Segment first = segments.get(0);
        assertTrue(first.file().toString().endsWith(".mkv"), "MJPEG goes into Matroska: " + first);
        assertEquals("mjpeg", Media.probe(first.file(), "stream=codec_name", false), "copied, not re-encoded");
        assertTrue(Integer.parseInt(Media.probe(first.file(), "stream=nb_read_frames", true)) >= 20, "about 25 frames");

        Path out = temp.resolve("lobby.mp4");
        Clip cut = new ClipCutter(store, Clock.systemUTC())
                .cut("lobby", first.start(), first.start().plusSeconds(2), out);
        assertTrue(cut.reencoded());
        assertEquals("h264", Media.probe(out, "stream=codec_name", false));
        double duration = Double.parseDouble(Media.probe(out, "format=duration", false));
        assertEquals(2, duration, 0.5, "duration " + duration);
        byte[] jpeg = new ClipCutter(store, Clock.systemUTC())
                .snapshot("lobby", first.start().plusMillis(500));
        assertEquals(
                640,
                javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg))
                        .getWidth());
    }

    @Test
    void anHttpMjpegCameraIsRead() throws Exception {
        Path clip = Media.h264(4, 640, 360);
        int port = Media.freePort();
        Process server = Media.mjpegServer(clip, port);
        CollectingSink sink = new CollectingSink();
        CameraReader reader = new CameraReader(
                "lobby", StreamSource.of("http://127.0.0.1:" + port + "/cam.mjpg"), QUICK, sink, Clock.systemUTC());
        Thread thread = new Thread(reader);
        try {
            thread.start();
            Await.until(
                    () -> sink.frames.size() >= 10,
                    Duration.ofSeconds(15),
                    () -> "frames arrive as MJPEG over HTTP: " + reader.health());
            assertEquals(640, sink.frames.get(0).width());
            assertEquals(360, sink.frames.get(0).height());
        } finally {
            reader.stop();
            thread.join(5000);
            Media.kill(server);
        }
    }
}
