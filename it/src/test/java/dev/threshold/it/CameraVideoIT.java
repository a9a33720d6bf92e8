package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.threshold.infrastructure.video.Media;
import dev.threshold.testing.Await;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Video on the real server: a camera's recording cut into snapshots and clips a browser plays (checked with ffprobe),
 * footage uploaded and analysed on its own timeline, and bad input — unreachable camera, wrong credentials, not video,
 * unsupported codec — shown on each camera's health in words while a good camera carries on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CameraVideoIT {

    static final Path MEDIA = Path.of("target", "video-it-media").toAbsolutePath();

    /** The cameras these tests make, taken away after each test. */
    @RegisterExtension
    static final TestCameras CAMERAS = new TestCameras();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void requireFfmpeg() throws Exception {
        Media.requireFfmpeg();
        Files.createDirectories(MEDIA);
    }

    @Test
    void badInputShowsOnEachCamerasHealthInWordsWhileAGoodCameraCarriesOn() throws Exception {
        Path notVideo = Files.writeString(MEDIA.resolve("shopping-list.mp4"), "milk, eggs, bread\n".repeat(300));
        HttpServer refusing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        refusing.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"camera\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        refusing.start();
        try {
            String unreachable = register("Unreachable " + UUID.randomUUID(), "rtsp://127.0.0.1:1/none", null);
            String wrongPassword = register(
                    "Wrong password " + UUID.randomUUID(),
                    "http://127.0.0.1:" + refusing.getAddress().getPort() + "/cam.mjpg",
                    "\"username\":\"viewer\"," + "\"password\":\"not-the-password\"");
            String text = register("Not video " + UUID.randomUUID(), notVideo.toString(), null);
            String exotic = register(
                    "Exotic codec " + UUID.randomUUID(), Media.unknownCodec().toString(), null);
            String good = register("Good " + UUID.randomUUID(), h264(8).toString(), null);

            Await.until(
                    () -> health(good).contains("\"connected\":true"), Duration.ofSeconds(30), "the good camera reads");
            assertHealthSays(unreachable, "camera unreachable: the host refused the connection");
            assertHealthSays(wrongPassword, "wrong user name or password (401)");
            assertHealthSays(text, "not a video");
            assertHealthSays(exotic, "unsupported codec");
            assertTrue(!health(wrongPassword).contains("not-the-password"), "the password is never shown");
            String goodHealth = health(good);
            assertTrue(!goodHealth.contains("lastError"), goodHealth);

            HttpResponse<String> answer = ThresholdServer.get("health");
            String all = answer.body();
            assertTrue(all.contains("\"cameras\":["), all);
            assertTrue(all.contains("\"id\":\"" + exotic + "\""), all);
            assertEquals(200, answer.statusCode(), "a broken camera does not take the node down: " + all);
            assertTrue(all.startsWith("{\"status\":\"UP\"") || all.startsWith("{\"status\":\"DEGRADED\""), all);
        } finally {
            refusing.stop(0);
        }
    }

    @Test
    void aCamerasRecordingIsCutIntoSnapshotsAndClipsABrowserPlays() throws Exception {
        Instant before = Instant.now();
        String id = register("Recorded " + UUID.randomUUID(), h264(8).toString(), null);
        Await.until(() -> health(id).contains("\"segmentsWritten\":1"), Duration.ofSeconds(30), "8 s recorded: " + id);

        HttpResponse<byte[]> snapshot = getBytes("api/cameras/" + id + "/snapshot?at=" + before.plusSeconds(4));
        assertEquals(200, snapshot.statusCode(), new String(snapshot.body(), StandardCharsets.UTF_8));
        assertEquals("image/jpeg", snapshot.headers().firstValue("Content-Type").orElse(""));
        Path jpeg = Files.write(MEDIA.resolve("snapshot-" + id + ".jpg"), snapshot.body());
        assertEquals("mjpeg", Media.probe(jpeg, "stream=codec_name", false));
        assertEquals("640", Media.probe(jpeg, "stream=width", false));

        HttpResponse<byte[]> clip =
                getBytes("api/cameras/" + id + "/clip?from=" + before.plusSeconds(2) + "&to=" + before.plusSeconds(5));
        assertEquals(200, clip.statusCode(), new String(clip.body(), StandardCharsets.UTF_8));
        assertEquals("video/mp4", clip.headers().firstValue("Content-Type").orElse(""));
        Path mp4 = Files.write(MEDIA.resolve("clip-" + id + ".mp4"), clip.body());
        assertEquals("h264", Media.probe(mp4, "stream=codec_name", false));
        double duration = Double.parseDouble(Media.probe(mp4, "format=duration", false));
        assertEquals(3.5, duration, 0.7, "3 s asked, from the key frame before: " + duration);
        int frames = Integer.parseInt(Media.probe(mp4, "stream=nb_read_frames", true));
        assertEquals(duration * 25, frames, 3);

        HttpResponse<String> backwards = asAdmin(
                "GET",
                "api/cameras/" + id + "/clip?from=" + before.plusSeconds(5) + "&to=" + before.plusSeconds(2),
                null);
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("\"field\":\"to\""), backwards.body());
        HttpResponse<String> yesterday =
                asAdmin("GET", "api/cameras/" + id + "/snapshot?at=" + before.minus(Duration.ofDays(1)), null);
        assertEquals(404, yesterday.statusCode(), yesterday.body());
        assertTrue(yesterday.body().contains("no recording of camera"), yesterday.body());
        assertEquals(
                "application/problem+json",
                yesterday.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> notAnInstant = asAdmin("GET", "api/cameras/" + id + "/snapshot?at=yesterday", null);
        assertEquals(400, notAnInstant.statusCode());
        assertTrue(notAnInstant.body().contains("\"field\":\"at\""), notAnInstant.body());
    }

    @Test
    void uploadedFootageIsAnalysedOnItsOwnTimelineAndBadFilesAreRefusedInWords() throws Exception {
        String id = register("Footage " + UUID.randomUUID(), null, null);
        HttpResponse<String> accepted = upload(id, h264(6), "2026-11-01T10:00:00Z");
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"codec\":\"h264\""), accepted.body());
        assertTrue(accepted.body().contains("\"recordedTo\":\"2026-11-01T10:00:06Z\""), accepted.body());
        Matcher footageId = Pattern.compile("\"footageId\":\"([0-9a-f]{12})\"").matcher(accepted.body());
        assertTrue(footageId.find());
        String source = id + "-footage-" + footageId.group(1);

        Await.until(
                () -> asAdmin("GET", "api/cameras/" + id + "/footage", null)
                        .body()
                        .contains("\"finished\":true"),
                Duration.ofSeconds(30),
                "the footage read");
        Await.until(() -> capturedTimes(source).size() == 30, Duration.ofSeconds(30), "6 s at 5 fps analysed");
        List<Instant> times = capturedTimes(source);
        assertEquals(Instant.parse("2026-11-01T10:00:00Z"), times.get(0), "the footage's own timeline");
        assertEquals(Instant.parse("2026-11-01T10:00:05.800Z"), times.get(29));

        HttpResponse<String> text =
                upload(id, Files.writeString(MEDIA.resolve("minutes.mov"), "minutes\n".repeat(500)), null);
        assertEquals(400, text.statusCode(), text.body());
        assertTrue(text.body().contains("\"field\":\"footage\"") && text.body().contains("not a video"), text.body());
        HttpResponse<String> exotic = upload(id, Media.unknownCodec(), null);
        assertEquals(400, exotic.statusCode(), exotic.body());
        assertTrue(exotic.body().contains("unsupported codec"), exotic.body());
    }

    private static void assertHealthSays(String id, String words) throws InterruptedException {
        Await.until(() -> health(id).contains(words), Duration.ofSeconds(30), "'" + words + "' on " + id);
        assertTrue(health(id).contains("\"connected\":false"), health(id));
    }

    private static String health(String id) {
        return asAdmin("GET", "api/cameras/" + id + "/health", null).body();
    }

    private static String register(String name, String streamUrl, String credentials) {
        String body = "{\"name\":\"" + name + "\",\"analysisFps\":5,\"enabled\":" + (streamUrl != null)
                + (streamUrl == null ? "" : ",\"streamUrl\":\"" + streamUrl + "\"")
                + (credentials == null ? "" : "," + credentials) + "}";
        HttpResponse<String> created = asAdmin("POST", "api/cameras", body);
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertTrue(id.find());
        return CAMERAS.made(id.group(1));
    }

    private static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return ThresholdServer.HTTP.send(
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve(path))
                        .header("Authorization", ThresholdServer.basicAuth("admin", ThresholdServer.adminPassword()))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> upload(String id, Path file, String recordedAt) throws IOException {
        return ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve(
                        "api/cameras/" + id + "/footage" + (recordedAt == null ? "" : "?recordedAt=" + recordedAt)))
                .header("Authorization", ThresholdServer.basicAuth("admin", ThresholdServer.adminPassword()))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
    }

    /** Capture times of the analysed frames of a camera or footage, in order. */
    private static List<Instant> capturedTimes(String source) {
        List<Instant> times = new ArrayList<>();
        try (Connection c = TestDatabase.connect("threshold");
                PreparedStatement s = c.prepareStatement(
                        "SELECT captured_at FROM analysed_frame WHERE camera_id = ? ORDER BY captured_at")) {
            s.setString(1, source);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    times.add(r.getObject(1, java.time.OffsetDateTime.class).toInstant());
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return times;
    }

    /** A synthetic 640x360 H.264 clip at 25 fps, one key frame a second. */
    private static Path h264(int seconds) throws Exception {
        return Media.h264(seconds, 640, 360);
    }
}
