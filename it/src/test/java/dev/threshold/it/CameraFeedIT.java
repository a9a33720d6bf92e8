package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import dev.threshold.testing.SceneFixtures;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cameras on the real server: a camera registered through the REST API is read by FFmpeg at its analysis rate, every
 * analysed frame reaches the message-driven bean in capture order; its scene is stored and exported exactly as
 * written; a camera that cannot be reached says why in words while the others carry on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CameraFeedIT {

    static final Path SHARED = Path.of("../../shared");

    /** The cameras these tests make, taken away after each test. */
    @RegisterExtension
    static final TestCameras CAMERAS = new TestCameras();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void aFileCameraIsReadAtItsAnalysisRateAndEveryFrameIsAnalysedInOrder() throws Exception {
        Path clip = SHARED.resolve("eval/clips/caviar_TwoLeaveShop2front_reversed.mp4")
                .toAbsolutePath()
                .normalize();
        Prerequisites.require(Files.exists(clip), clip + " is absent (../shared)");
        String unreachable = register("Dead cam " + UUID.randomUUID(), "rtsp://127.0.0.1:1/none");
        String id = register("Shop cam " + UUID.randomUUID(), clip.toString());

        // 24 s of video at 5 fps: 120 frames, then the file has ended.
        Await.until(
                () -> asAdmin("GET", "api/cameras/" + id + "/health", null)
                        .body()
                        .contains("\"finished\":true"),
                Duration.ofSeconds(90),
                "the clip read to its end");
        Await.until(() -> analysedFrames(id).size() >= 115, Duration.ofSeconds(60), "frames analysed");
        List<Instant[]> frames = analysedFrames(id);
        assertTrue(frames.size() >= 115 && frames.size() <= 125, "about 5 frames a second: " + frames.size());
        for (int i = 1; i < frames.size(); i++) {
            assertFalse(frames.get(i)[1].isBefore(frames.get(i - 1)[1]), "analysed in capture order");
            long gapMillis =
                    Duration.between(frames.get(i - 1)[0], frames.get(i)[0]).toMillis();
            assertTrue(gapMillis >= 150 && gapMillis <= 260, "frames 200 ms apart in capture time: " + gapMillis);
        }

        String dead =
                asAdmin("GET", "api/cameras/" + unreachable + "/health", null).body();
        assertTrue(dead.contains("\"connected\":false"), dead);
        assertTrue(dead.contains("refused"), "the reason in words: " + dead);

        // The same health for the operator's monitoring, in the Prometheus text format.
        String metrics = asAdmin("GET", "api/metrics", null).body();
        assertTrue(metrics.contains("threshold_camera_connected{camera_id=\"" + unreachable + "\""), metrics);
        assertTrue(
                metrics.matches("(?s).*threshold_camera_analysed_fps\\{camera_id=\"" + id + "\"[^}]*} [0-9.]+\n.*"),
                metrics);
        assertTrue(
                metrics.indexOf("# TYPE threshold_camera_connected") < metrics.indexOf("threshold_camera_connected{"),
                "each family after its TYPE line");
    }

    @Test
    void peopleWalkingInThroughTheDoorAreCountedAndLabelledAtTheDoor() throws Exception {
        Path clip = SHARED.resolve("eval/clips/caviar_TwoLeaveShop2front_reversed.mp4")
                .toAbsolutePath()
                .normalize();
        Path scene = SHARED.resolve("eval/scenes/caviar_front.scene.json");
        // Counted with the bundled model, the server's default detector; ../shared only holds the clip and its scene.
        Prerequisites.require(Files.exists(clip) && Files.exists(scene), "../shared (clip, scene) is absent");
        String name = "Shop door cam " + UUID.randomUUID().toString().substring(0, 8);
        String id = register(name, null);
        assertEquals(
                200,
                asAdmin("PUT", "api/cameras/" + id + "/scene", Files.readString(scene))
                        .statusCode());
        String door = "Shop door " + UUID.randomUUID().toString().substring(0, 8);
        String lockId = String.valueOf(800_000 + (int) (Math.random() * 100_000));
        assertEquals(
                200,
                asAdmin("PUT", "api/doors/" + lockId, "{\"name\":\"" + door + "\",\"cameras\":[\"" + name + "\"]}")
                        .statusCode());
        // At the product's default analysis rate of 5 fps, as `bench/accuracy --rate 5` runs the case.
        HttpResponse<String> enabled = asAdmin(
                "PUT",
                "api/cameras/" + id,
                "{\"name\":\"" + name + "\",\"streamUrl\":\"" + clip + "\",\"analysisFps\":5,\"enabled\":true}");
        assertEquals(200, enabled.statusCode(), enabled.body());

        // Two people walk in side by side at about 12 s of the clip (../shared/eval: caviar_two_enter_one_badge).
        Await.until(
                () -> asAdmin("GET", "api/cameras/" + id + "/health", null)
                        .body()
                        .contains("\"finished\":true"),
                Duration.ofSeconds(90),
                "the clip read to its end");
        Await.until(() -> analysedFrames(id).size() >= 115, Duration.ofSeconds(120), "frames analysed");
        String entering = ThresholdServer.searchLabels("\"person entering\" \"" + door.toLowerCase() + "\"")
                .body();
        String leaving = ThresholdServer.searchLabels("\"person leaving\" \"" + door.toLowerCase() + "\"")
                .body();
        System.out.println("counting: entering " + entering + " leaving " + leaving);
        assertEquals(2, entering.split("\"label\":\"person entering\"", -1).length - 1, entering);
        assertEquals("[]", leaving, "nobody left");
        assertTrue(entering.contains("\"camera\":\"" + name + "\""), entering);

        // The case's access events: one badge at 10.5 s of the clip (clip time 0 = the first frame the camera read).
        // Delivered after the fact, as a late webhook: its window is judged at once.
        Instant clipStart = analysedFrames(id).get(0)[0];
        HttpResponse<String> unlock =
                ThresholdServer.postEvent("""
                {"uuid":"%s","type":"lock.unlock","success":true,"actor_type":"User","actor_id":101,
                 "actor_name":"Badge Holder","object_type":"Lock","object_id":%s,"object_name":"%s",
                 "organization_id":12,"place_id":34,"created_at":"%s"}
                """.formatted(UUID.randomUUID(), lockId, door, clipStart.plusMillis(10_500)));
        assertEquals(201, unlock.statusCode(), unlock.body());
        String[] incident = new String[1];
        Await.until(
                () -> {
                    incident[0] =
                            asAdmin("GET", "api/incidents?door=" + lockId, null).body();
                    return incident[0].contains("\"total\":1");
                },
                Duration.ofSeconds(30),
                "the tailgating verdict of caviar_two_enter_one_badge");
        assertTrue(
                incident[0].contains("\"kind\":\"tailgating\"") && incident[0].contains("\"unauthorised\":1"),
                "expect: tailgating, 1 tailgater: " + incident[0]);
        Matcher incidentId = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(incident[0]);
        assertTrue(incidentId.find());
        assertTrue(
                ThresholdServer.searchLabels("tailgating \"" + door.toLowerCase() + "\"")
                        .body()
                        .contains("\"camera\":\"" + name + "\""),
                "the video is labelled tailgating");
        HttpResponse<byte[]> evidence = ThresholdServer.HTTP.send(
                java.net.http.HttpRequest.newBuilder(ThresholdServer.BASE.resolve(
                                "api/incidents/" + incidentId.group(1) + "/occurrences/1/snapshot"))
                        .header("Authorization", ThresholdServer.basicAuth("admin", ThresholdServer.adminPassword()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, evidence.statusCode(), new String(evidence.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("image/jpeg", evidence.headers().firstValue("Content-Type").orElse(""));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/tailgater-snapshot.jpg"), evidence.body());
    }

    @Test
    void aSceneIsStoredAndExportedExactlyAsWrittenAndABadOneIsRefusedNamingTheField() throws Exception {
        String id = register("Scene cam " + UUID.randomUUID(), null);
        String scene = SceneFixtures.CAVIAR;
        assertEquals(200, asAdmin("PUT", "api/cameras/" + id + "/scene", scene).statusCode());
        assertEquals(scene, asAdmin("GET", "api/cameras/" + id + "/scene", null).body());

        String inverted = scene.replace("\"inside\": [210,120]", "\"inside\": [210,149]");
        HttpResponse<String> refused = asAdmin("PUT", "api/cameras/" + id + "/scene", inverted);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"scene.door.inside\""), refused.body());
        assertEquals(scene, asAdmin("GET", "api/cameras/" + id + "/scene", null).body(), "the old scene stays");

        assertEquals(401, ThresholdServer.get("api/cameras").statusCode());
        assertEquals(204, asAdmin("DELETE", "api/cameras/" + id, null).statusCode());
        assertEquals(404, asAdmin("GET", "api/cameras/" + id, null).statusCode());
    }

    @Test
    void badCameraSettingsAreRefusedInWords() {
        HttpResponse<String> noUrl =
                asAdmin("POST", "api/cameras", "{\"name\":\"x" + UUID.randomUUID() + "\",\"enabled\":true}");
        assertEquals(400, noUrl.statusCode());
        assertTrue(noUrl.body().contains("\"field\":\"enabled\""), noUrl.body());
        HttpResponse<String> fps =
                asAdmin("POST", "api/cameras", "{\"name\":\"y" + UUID.randomUUID() + "\",\"analysisFps\":0}");
        assertTrue(fps.body().contains("\"field\":\"analysisFps\""), fps.body());
        HttpResponse<String> password = asAdmin(
                "POST",
                "api/cameras",
                "{\"name\":\"z" + UUID.randomUUID()
                        + "\",\"streamUrl\":\"rtsp://cam.example/1\",\"username\":\"u\",\"password\":\"secret-pw\"}");
        assertEquals(201, password.statusCode(), password.body());
        assertTrue(password.body().contains("\"credentials\":\"set\""));
        assertFalse(password.body().contains("secret-pw"), "credentials are never rendered back");
    }

    private static String register(String name, String streamUrl) {
        String body = "{\"name\":\"" + name + "\",\"analysisFps\":5,\"enabled\":" + (streamUrl != null)
                + (streamUrl == null ? "" : ",\"streamUrl\":\"" + streamUrl + "\"") + "}";
        HttpResponse<String> created = asAdmin("POST", "api/cameras", body);
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertTrue(id.find());
        return CAMERAS.made(id.group(1));
    }

    /** [captured at, analysed at] of the camera's analysed frames, in capture order. */
    private static List<Instant[]> analysedFrames(String cameraId) {
        List<Instant[]> frames = new ArrayList<>();
        try (Connection c = TestDatabase.connect("threshold");
                PreparedStatement s = c.prepareStatement("SELECT captured_at, analysed_at FROM analysed_frame "
                        + "WHERE camera_id = ? ORDER BY captured_at")) {
            s.setString(1, cameraId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    frames.add(new Instant[] {
                        r.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        r.getObject(2, java.time.OffsetDateTime.class).toInstant()
                    });
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return frames;
    }
}
