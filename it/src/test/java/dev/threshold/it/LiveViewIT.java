package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.adminPassword;
import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.basicAuth;
import static dev.threshold.it.ThresholdServer.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The live view on the real server, watching a demo camera ({@code demo:door}, read by the ordinary reader at 5 fps):
 * its MJPEG stream brings new JPEG frames at the camera's rate, each a fraction of a second behind its capture, for an
 * operator as for an admin and for nobody anonymous; the camera wall's single frame says when it was captured; a live
 * stream beyond the node's limit is refused with 503 problem+json, and a viewer who goes away frees their stream.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveViewIT {

    /** Farther behind than this is no live picture ("at most a few seconds behind"). */
    static final Duration MOST_BEHIND = Duration.ofSeconds(3);

    /** The cameras these tests make, taken away after each test. */
    @RegisterExtension
    static final TestCameras CAMERAS = new TestCameras();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void theStreamBringsDistinctFramesAtTheCamerasRateAFractionOfASecondBehind() throws Exception {
        String id = CAMERAS.made(liveDemoCamera("Live demo " + System.nanoTime()));
        try {
            String operator = ThresholdServer.newOperator("live-", "live operator password 1");
            List<MjpegClient.Part> fresh = new ArrayList<>();
            Set<String> pictures = new HashSet<>();
            double fps;
            try (MjpegClient stream = MjpegClient.open(livePath(id), basicAuth(operator, "live operator password 1"))) {
                assertEquals(200, stream.status);
                assertTrue(
                        stream.headers.get("content-type").startsWith("multipart/x-mixed-replace"),
                        stream.headers.toString());
                // The rate: new frames over five seconds of watching.
                Instant first = readNewFrames(stream, fresh, pictures, Duration.ofSeconds(5));
                int counted = fresh.size();
                fps = (counted - 1)
                        / (Duration.between(first, fresh.get(counted - 1).receivedAt())
                                        .toMillis()
                                / 1000.0);
                // Moving pictures: the demo's people walk in and out over an 80 s loop, the lobby may be empty a while.
                Instant deadline = Instant.now().plusSeconds(90);
                while (pictures.size() < 3 && Instant.now().isBefore(deadline)) {
                    readNewFrames(stream, fresh, pictures, Duration.ofSeconds(1));
                }
            }
            List<Long> lagMillis = fresh.stream()
                    .map(p -> Duration.between(p.capturedAt(), p.receivedAt()).toMillis())
                    .sorted()
                    .toList();
            long p50 = lagMillis.get(lagMillis.size() / 2);
            long max = lagMillis.get(lagMillis.size() - 1);
            System.out.printf(
                    "LiveViewIT: %d frames, %d distinct pictures, %.1f fps, behind capture p50 %d ms, max %d ms%n",
                    fresh.size(), pictures.size(), fps, p50, max);
            assertTrue(
                    fresh.stream().allMatch(p -> p.jpeg()[0] == (byte) 0xFF && p.jpeg()[1] == (byte) 0xD8),
                    "every part is a JPEG");
            assertTrue(pictures.size() >= 3, "the picture moves: " + pictures.size() + " distinct frames");
            assertTrue(fps >= 3 && fps <= 6, "the camera's 5 fps: " + fps);
            assertTrue(max <= MOST_BEHIND.toMillis(), "at most " + MOST_BEHIND + " behind: " + lagMillis);

            HttpResponse<String> frame = asAdmin("GET", livePath(id) + "/frame", null);
            assertEquals(200, frame.statusCode());
            Instant captured =
                    Instant.parse(frame.headers().firstValue("X-Captured-At").orElseThrow());
            assertTrue(
                    Duration.between(captured, Instant.now()).compareTo(MOST_BEHIND) <= 0,
                    "the wall's frame " + captured);

            try (MjpegClient anonymous = MjpegClient.open(livePath(id), null)) {
                assertEquals(401, anonymous.status, "nobody anonymous watches");
            }
        } finally {
            asAdmin("DELETE", "api/cameras/" + id, null);
        }
    }

    @Test
    void aStreamBeyondTheNodesLimitIsRefusedInWordsAndAViewerWhoLeftFreesTheirs() throws Exception {
        String id = CAMERAS.made(liveDemoCamera("Live limit " + System.nanoTime()));
        List<MjpegClient> watching = new ArrayList<>();
        try {
            Await.until(() -> metric("threshold_live_streams") == 0, Duration.ofSeconds(15), "earlier streams ended");
            long limit = metric("threshold_live_streams_limit");
            for (int i = 0; i < limit; i++) {
                MjpegClient stream = MjpegClient.open(livePath(id), basicAuth("admin", adminPassword()));
                watching.add(stream);
                assertEquals(200, stream.status, "stream " + (i + 1) + " of " + limit);
                stream.next();
            }
            assertEquals(limit, metric("threshold_live_streams"));
            try (MjpegClient refused = MjpegClient.open(livePath(id), basicAuth("admin", adminPassword()))) {
                String body = refused.rest();
                System.out.println("LiveViewIT: stream " + (limit + 1) + " of " + limit + " -> " + refused.status + " "
                        + refused.headers + " " + body);
                assertEquals(503, refused.status, body);
                assertTrue(
                        refused.headers.get("content-type").startsWith("application/problem+json"),
                        refused.headers.toString());
                assertTrue(refused.headers.containsKey("retry-after"), refused.headers.toString());
                assertTrue(body.contains("threshold.live.max-streams"), body);
            }
            watching.remove(0).close(); // the viewer closes the page
            Await.until(
                    () -> metric("threshold_live_streams") == limit - 1,
                    Duration.ofSeconds(10),
                    "the left viewer's stream ended on the server");
            MjpegClient again = MjpegClient.open(livePath(id), basicAuth("admin", adminPassword()));
            watching.add(again);
            assertEquals(200, again.status, "the freed stream is anyone's");
        } finally {
            for (MjpegClient stream : watching) {
                stream.close();
            }
            asAdmin("DELETE", "api/cameras/" + id, null);
        }
        Await.until(() -> metric("threshold_live_streams") == 0, Duration.ofSeconds(10), "every stream ended");
    }

    /** Reads parts for {@code span}, keeping those newer than the last kept; @return when the first was read. */
    private static Instant readNewFrames(
            MjpegClient stream, List<MjpegClient.Part> fresh, Set<String> pictures, Duration span) throws Exception {
        Instant first = null;
        Instant until = Instant.now().plus(span);
        while (Instant.now().isBefore(until)) {
            MjpegClient.Part part = stream.next();
            first = first == null ? part.receivedAt() : first;
            if (fresh.isEmpty()
                    || part.capturedAt().isAfter(fresh.get(fresh.size() - 1).capturedAt())) {
                fresh.add(part);
                pictures.add(Arrays.toString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(part.jpeg())));
            }
        }
        return first;
    }

    private static String livePath(String cameraId) {
        return "api/cameras/" + cameraId + "/live";
    }

    /** A new demo camera named {@code name} read at 5 fps, once its first live frame is stored. @return its id */
    static String liveDemoCamera(String name) {
        HttpResponse<String> saved = asAdmin(
                "POST",
                "api/cameras",
                "{\"name\":\"" + name + "\",\"analysisFps\":5,\"enabled\":true,\"streamUrl\":\"demo:door\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        String cameraId = ThresholdServer.firstId(saved.body());
        Await.until(
                () -> asAdmin("GET", livePath(cameraId) + "/frame", null).statusCode() == 200,
                Duration.ofSeconds(60),
                "the demo camera's first live frame");
        return cameraId;
    }
}
