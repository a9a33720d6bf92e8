package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.threshold.testing.Await;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The reader on files and on sources that fail: real FFmpeg throughout. */
@Timeout(60)
class CameraReaderTest {

    private static final ReaderSettings QUICK = ReaderSettings.DEFAULTS
            .withTimeout(Duration.ofSeconds(2))
            .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1));

    @TempDir
    Path temp;

    private static CameraReader reader(StreamSource source, FrameSink sink, ReaderSettings settings) {
        return new CameraReader("door-1", source, settings, sink, Clock.systemUTC());
    }

    @Test
    void aFileReadAtFiveFpsGivesFiveFramesPerSecondOfClip() throws Exception {
        Path clip = Media.h264(4, 640, 360);
        CollectingSink sink = new CollectingSink();
        CameraReader reader = reader(StreamSource.of(clip), sink, QUICK);

        reader.run(); // a file ends the reader at its end

        assertEquals(20, sink.frames.size(), "4 s of clip at 5 fps");
        CapturedFrame first = sink.frames.get(0);
        assertEquals(640, first.width());
        assertEquals(360, first.height());
        for (int i = 1; i < sink.frames.size(); i++) {
            long gap = Duration.between(
                            sink.frames.get(i - 1).capturedAt(),
                            sink.frames.get(i).capturedAt())
                    .toMillis();
            assertEquals(200, gap, 1, "frames 200 ms apart in capture time, even though the file decodes faster");
        }
        CameraHealth health = reader.health();
        assertTrue(health.finished());
        assertEquals(null, health.lastError());
        assertEquals(0, health.droppedFrames());
        assertNotNull(health.lastFrameAt());
    }

    @Test
    void aSharedEvalClipAtTenFpsGivesFiveFramesPerSecond() throws Exception {
        Path clip = Media.shared("caviar_TwoLeaveShop2front_reversed.mp4"); // 24 s, 25 fps
        CollectingSink sink = new CollectingSink();
        reader(StreamSource.of(clip), sink, QUICK).run();
        assertEquals(120, sink.frames.size(), 2);
    }

    @Test
    void aFullSinkDropsAndCountsFramesInsteadOfQueueing() throws Exception {
        Path clip = Media.h264(4, 640, 360);
        FrameQueue queue = new FrameQueue(3); // nobody takes frames out: the analysis has stalled
        CameraReader reader = reader(StreamSource.of(clip), queue, QUICK);

        reader.run();

        assertEquals(3, queue.size(), "the queue never grows beyond its capacity");
        assertEquals(17, reader.health().droppedFrames(), "20 analysed frames offered, 3 taken");
    }

    @Test
    void aFileThatIsNotVideoIsReportedAndNothingCrashes() throws Exception {
        Path notVideo =
                Files.writeString(temp.resolve("door.mp4"), "this is a shopping list, not a video\n".repeat(200));
        CameraReader reader = reader(StreamSource.of(notVideo), new CollectingSink(), QUICK);
        reader.run();
        CameraHealth health = reader.health();
        assertTrue(health.finished());
        assertFalse(health.connected());
        assertTrue(health.lastError().startsWith("not a video"), health.lastError());
    }

    @Test
    void videoInACodecThisServerCannotDecodeIsReportedAsSuch() throws Exception {
        CameraReader reader = reader(StreamSource.of(Media.unknownCodec()), new CollectingSink(), QUICK);
        reader.run();
        CameraHealth health = reader.health();
        assertTrue(health.finished());
        assertTrue(
                health.lastError()
                        .startsWith("unsupported codec: the file holds video this server cannot decode"
                                + " (an unknown codec, tag ZZZZ)"),
                health.lastError());
    }

    @Test
    void aMissingFileIsReported() {
        CameraReader reader = reader(StreamSource.of(temp.resolve("gone.mp4")), new CollectingSink(), QUICK);
        reader.run();
        assertTrue(
                reader.health().lastError().startsWith("the video file does not exist"),
                reader.health().lastError());
    }

    @Test
    void aCameraThatRefusesConnectionsIsReportedAndRetriedWithoutEnd() throws Exception {
        int port = Media.freePort(); // nobody listens there
        CameraReader reader = reader(StreamSource.of("rtsp://127.0.0.1:" + port + "/cam"), new CollectingSink(), QUICK);
        Thread thread = new Thread(reader);
        thread.start();
        Await.until(() -> reader.health().reconnects() >= 2, Duration.ofSeconds(10), "two reconnection attempts");
        CameraHealth health = reader.health();
        assertTrue(
                health.lastError().startsWith("camera unreachable: the host refused the connection"),
                health.lastError());
        assertFalse(health.connected());
        assertEquals(1, health.gaps().size(), "repeated failed attempts are one outage");
        assertTrue(health.gaps().get(0).ongoing());
        reader.stop();
        thread.join(5000);
        assertFalse(thread.isAlive(), "stop() ends the reader while it waits to reconnect");
    }

    @Test
    void aCameraThatAcceptsButNeverAnswersTimesOutInsteadOfHanging() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception ignored) {
                    // closed by the test
                }
            });
            acceptor.start();
            CameraReader reader = reader(
                    StreamSource.of("rtsp://127.0.0.1:" + silent.getLocalPort() + "/cam"), new CollectingSink(), QUICK);
            Thread thread = new Thread(reader);
            long start = System.nanoTime();
            thread.start();
            Await.until(
                    () -> reader.health().lastError() != null,
                    Duration.ofSeconds(8),
                    () -> "the 2 s time-out ends the attempt");
            long waited = (System.nanoTime() - start) / 1_000_000;
            String error = reader.health().lastError();
            assertTrue(error.startsWith("camera unreachable: it did not answer in time"), error);
            assertTrue(waited >= 1500, "waited " + waited + " ms");
            reader.stop();
            thread.join(5000);
            assertFalse(thread.isAlive());
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void wrongCredentialsAreReportedWithoutTheirPassword() throws Exception {
        byte[] video = Files.readAllBytes(Media.h264(4, 640, 360));
        String good =
                "Basic " + Base64.getEncoder().encodeToString("viewer:door-cam-pw".getBytes(StandardCharsets.UTF_8));
        HttpServer camera = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        camera.createContext("/video.mp4", exchange -> {
            if (!good.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"camera\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "video/mp4");
                exchange.sendResponseHeaders(200, video.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(video);
                }
            }
            exchange.close();
        });
        camera.start();
        try {
            String url = "http://127.0.0.1:" + camera.getAddress().getPort() + "/video.mp4";

            CameraReader wrong = reader(new StreamSource(url, "viewer", "wrong-pw-123"), new CollectingSink(), QUICK);
            Thread thread = new Thread(wrong);
            thread.start();
            Await.until(
                    () -> wrong.health().lastError() != null,
                    Duration.ofSeconds(10),
                    "the wrong password said in words");
            wrong.stop();
            thread.join(5000);
            String error = wrong.health().lastError();
            assertTrue(error.startsWith("wrong user name or password (401)"), error);
            assertFalse(error.contains("wrong-pw-123"), error);

            CollectingSink sink = new CollectingSink();
            CameraReader right = reader(new StreamSource(url, "viewer", "door-cam-pw"), sink, QUICK);
            Thread ok = new Thread(right);
            ok.start();
            Await.until(
                    () -> sink.frames.size() >= 10,
                    Duration.ofSeconds(20),
                    () -> "with the right password the camera delivers: " + right.health());
            right.stop();
            ok.join(5000);
        } finally {
            camera.stop(0);
        }
    }
}
