package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.video.Media;
import dev.threshold.testing.Await;
import dev.threshold.testing.SceneFixtures;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * The viewer in a real browser: a recorded camera watches a door where two people walk in on one badge. From the
 * search result's thumbnail the operator opens the viewer at that moment: the recording plays, the door events are
 * markers on the timeline and captions on the video, the wheel zooms, and the floor tiles turn red while the tailgater
 * stands on them. A camera that does not exist, or a moment nothing was recorded, is said in words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ViewerBrowserIT {

    /** The demo camera's floor (640×480, 10 × 8 half-metre tiles, the door along the far edge, row 0). */
    static final String SCENE = SceneFixtures.DEMO_FLOOR;

    /** The cameras these tests make, taken away after each test. */
    @RegisterExtension
    static final TestCameras CAMERAS = new TestCameras();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void anOperatorOpensTheViewerFromASearchResultAndSeesTheTailgaterOnRedTiles() throws Exception {
        Media.requireFfmpeg();
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String lockId = String.valueOf(n);
        String door = "Viewer door " + n;
        String camera = "Viewer cam " + n;
        Path video = footage();
        String cameraId = CAMERAS.made(register(camera, video, true));
        Await.until(() -> health(cameraId).contains("\"connected\":true"), Duration.ofSeconds(30), "camera read");
        HttpResponse<String> mapped =
                asAdmin("PUT", "api/doors/" + lockId, "{\"name\":\"" + door + "\",\"cameras\":[\"" + camera + "\"]}");
        assertEquals(200, mapped.statusCode(), mapped.body());
        // The recording under way: the file is copied faster than real time, from the moment the recorder opened it.
        Await.until(
                () -> segmentsWritten(cameraId) >= 1,
                Duration.ofSeconds(30),
                () -> "the recording under way: " + health(cameraId));

        // Grace badges in; two people walk through, as the camera's analysis stores them, with the tiles they stood on.
        Instant unlock = Instant.now();
        TestDatabase.storeEntries(cameraId, unlock.plusMillis(2400), unlock.plusMillis(2800));
        try (Connection c = TestDatabase.connect("threshold")) {
            try (PreparedStatement tiles = c.prepareStatement(
                    "INSERT INTO tile_occupancy (id, camera_id, since, tiles) VALUES (?, ?, ?, ?)")) {
                // Tile index = row × 10 + column: both walk up column 5 to the door (row 0), one behind the other.
                String[][] walk = {
                    {"1600", "35"}, {"2000", "25,45"}, {"2300", "5,35"}, {"2600", "15"}, {"2800", "5"}, {"3300", ""}
                };
                for (String[] row : walk) {
                    tiles.setObject(1, UUID.randomUUID());
                    tiles.setObject(2, UUID.fromString(cameraId));
                    tiles.setTimestamp(3, Timestamp.from(unlock.plusMillis(Long.parseLong(row[0]))));
                    tiles.setString(4, row[1]);
                    tiles.executeUpdate();
                }
            }
        }
        HttpResponse<String> posted =
                postEvent(KisiEvents.unlockAt(lockId, door, "Grace Viewer", "grace@example.com", unlock));
        assertEquals(201, posted.statusCode(), posted.body());
        String[] incidents = new String[1];
        Await.until(
                () -> {
                    incidents[0] =
                            asAdmin("GET", "api/incidents?door=" + lockId, null).body();
                    return incidents[0].contains("\"total\":1");
                },
                Duration.ofSeconds(30),
                "the tailgating incident");
        // The footage is 12 s: once both segments are written, stop reading it (a file camera plays again) and draw
        // the floor, so nothing the analysis would count on the test pattern mixes with the walk above.
        Await.until(() -> segmentsWritten(cameraId) >= 2, Duration.ofSeconds(40), "the footage recorded");
        register(camera, video, false, cameraId);
        HttpResponse<String> scene = asAdmin("PUT", "api/cameras/" + cameraId + "/scene", SCENE);
        assertEquals(200, scene.statusCode(), scene.body());

        // Over REST: the timeline of the span has the door events and red tiles, the captions are WebVTT.
        String span = "from=" + unlock.minusSeconds(5) + "&to=" + unlock.plusSeconds(10);
        HttpResponse<String> timeline = asAdmin("GET", "api/cameras/" + cameraId + "/timeline?" + span, null);
        assertEquals(200, timeline.statusCode(), timeline.body());
        assertTrue(timeline.body().contains("\"label\":\"entry unlocked\""), timeline.body());
        assertTrue(timeline.body().contains("\"label\":\"tailgating\""), timeline.body());
        assertTrue(timeline.body().matches(".*\"tailgater\":\\[[0-9].*"), "some tiles are red: " + timeline.body());
        HttpResponse<String> captions = asAdmin("GET", "api/cameras/" + cameraId + "/captions?" + span, null);
        assertEquals(200, captions.statusCode(), captions.body());
        assertTrue(captions.body().startsWith("WEBVTT") && captions.body().contains("Grace Viewer"), captions.body());
        assertEquals(
                404,
                asAdmin("GET", "api/cameras/" + UUID.randomUUID() + "/timeline?" + span, null)
                        .statusCode());
        HttpResponse<String> backwards = asAdmin(
                "GET", "api/cameras/" + cameraId + "/timeline?from=" + unlock + "&to=" + unlock.minusSeconds(1), null);
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("\"field\":\"to\""), backwards.body());

        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/search.xhtml?q=" + URLEncoder.encode("\"" + door + "\"", StandardCharsets.UTF_8));
            browser.waitForText(By.id("results"), "tailgating");
            By tailgatingRow = By.xpath("//tr[.//a[contains(@class,'label') and normalize-space(.)='tailgating']]");
            WebElement thumbnail = browser.waitFor(
                    By.xpath("//tr[.//a[normalize-space(.)='tailgating']]" + "//span[contains(@class,'thumb')]/img"));
            browser.wait.until(d -> (Boolean)
                    js(browser, "return arguments[0].complete && " + "arguments[0].naturalWidth > 0", thumbnail));
            assertTrue(browser.driver.findElement(tailgatingRow).getText().contains(door));
            browser.screenshot("search-thumbnails");

            browser.driver
                    .findElement(By.xpath("//tr[.//a[normalize-space(.)='tailgating']]//a[@class='thumb-link']"))
                    .click();
            browser.waitForText(By.id("viewer-title"), camera);

            // The recording plays.
            browser.wait.until(d -> (Boolean) js(
                    browser,
                    "var v = document.getElementById('video');"
                            + " return v.readyState >= 2 && !v.paused && v.currentTime > 0.2"));
            // Door events: markers on the timeline and the captions track.
            By marker = By.cssSelector("#timeline .timeline-marker");
            browser.wait.until(d -> d.findElements(marker).size() == 2); // entry unlocked and tailgating
            List<WebElement> markers = browser.driver.findElements(marker);
            assertTrue(
                    markers.stream()
                            .anyMatch(m ->
                                    m.getAttribute("title").contains("entry unlocked · " + door + " · Grace Viewer")),
                    markers.get(0).getAttribute("title"));
            browser.wait.until(d -> ((Number) js(
                                    browser,
                                    "var t = document.getElementById('video').textTracks;"
                                            + " return t.length && t[0].cues ? t[0].cues.length : 0"))
                            .intValue()
                    == 2);
            assertTrue(((String) js(browser, "return document.getElementById('video').textTracks[0].cues[0].text"))
                    .contains("entry unlocked"));
            assertEquals("showing", js(browser, "return document.getElementById('video').textTracks[0].mode"));

            // Tiles turn red while the tailgater stands on them, as the video reaches them.
            browser.wait.until(d -> !d.findElements(By.cssSelector("#grid polygon.tile.tailgater"))
                    .isEmpty());
            js(browser, "document.getElementById('video').pause()");
            assertEquals(
                    80,
                    browser.driver
                            .findElements(By.cssSelector("#grid polygon.tile"))
                            .size(),
                    "10 × 8 tiles");
            browser.screenshot("viewer-tailgater");

            // A marker seeks: the tailgating marker is at the window's start, where nobody is on the floor yet.
            WebElement tailgating = markers.stream()
                    .filter(m -> m.getAttribute("title").contains("tailgating"))
                    .findFirst()
                    .orElseThrow();
            tailgating.click();
            browser.wait.until(d -> d.findElements(By.cssSelector("#grid polygon.tile.tailgater"))
                    .isEmpty());
            assertTrue(browser.driver.findElement(By.id("clock")).getText().matches("\\d\\d:\\d\\d:\\d\\d\\.\\d"));

            // Zoom with the wheel over the picture, then 0 resets.
            WebElement stage = browser.driver.findElement(By.id("stage"));
            String before = browser.driver.findElement(By.id("frame")).getAttribute("style");
            new Actions(browser.driver)
                    .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(stage), 0, -300)
                    .perform();
            browser.wait.until(
                    d -> !d.findElement(By.id("frame")).getAttribute("style").equals(before));
            String zoomed = browser.driver.findElement(By.id("frame")).getAttribute("style");
            assertTrue(zoomed.contains("scale(") && !zoomed.contains("scale(1)"), zoomed);
            assertNotEquals(
                    "100 %", browser.driver.findElement(By.id("zoom-level")).getText());
            js(
                    browser,
                    "arguments[0].currentTime = arguments[0].currentTime + 2.6",
                    browser.driver.findElement(By.id("video")));
            browser.screenshot("viewer-zoomed");
            stage.sendKeys("0");
            browser.wait.until(d -> d.findElement(By.id("zoom-level")).getText().equals("100 %"));

            // Tablet width: the page still fits.
            browser.driver.manage().window().setSize(new Dimension(820, 1180));
            browser.wait.until(
                    d -> ((Number) js(browser, "return document.documentElement.scrollWidth")).intValue() <= 820);
            browser.screenshot("viewer-tablet");
            browser.driver.manage().window().setSize(new Dimension(1280, 800));

            // The incident page leads to the viewer at the occurrence.
            browser.open("ui/incident.xhtml?id=" + idOf(incidents[0]));
            WebElement view = browser.waitFor(By.cssSelector("#occurrences a.view-link"));
            assertTrue(
                    view.getAttribute("href").contains("/ui/viewer.xhtml?camera=" + cameraId + "&at="),
                    view.getAttribute("href"));

            // Errors in words: a moment with no recording, a camera that does not exist.
            browser.open("ui/viewer.xhtml?camera=" + cameraId + "&at=" + unlock.minus(Duration.ofDays(1)));
            browser.waitForText(By.id("viewer-status"), "No recording to play");
            browser.open("ui/viewer.xhtml?camera=" + UUID.randomUUID() + "&at=" + unlock);
            browser.waitForText(By.id("messages"), "No camera has the id");
        }
    }

    private static Object js(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
    }

    /** 12 s of a test pattern, 640×480 like the scene, H.264 with a key frame every second. */
    private static Path footage() throws Exception {
        return Media.h264(12, 640, 480);
    }

    private static String register(String name, Path video, boolean enabled) {
        HttpResponse<String> created = asAdmin("POST", "api/cameras", settings(name, video, enabled));
        assertEquals(201, created.statusCode(), created.body());
        return idOf(created.body());
    }

    private static void register(String name, Path video, boolean enabled, String id) {
        HttpResponse<String> updated = asAdmin("PUT", "api/cameras/" + id, settings(name, video, enabled));
        assertEquals(200, updated.statusCode(), updated.body());
    }

    private static String settings(String name, Path video, boolean enabled) {
        return "{\"name\":\"" + name + "\",\"analysisFps\":5,\"enabled\":" + enabled + ",\"streamUrl\":\"" + video
                + "\"}";
    }

    private static String health(String id) {
        return asAdmin("GET", "api/cameras/" + id + "/health", null).body();
    }

    private static long segmentsWritten(String id) {
        Matcher m = Pattern.compile("\"segmentsWritten\":(\\d+)").matcher(health(id));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String idOf(String json) {
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }
}
