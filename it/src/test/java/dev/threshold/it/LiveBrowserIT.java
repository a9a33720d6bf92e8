package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live view and the camera wall in a real browser: a demo camera watching a door where someone just badged. The
 * wall shows its picture moving (two screenshots of its tile differ) with the time it was captured; its live view
 * plays the MJPEG stream, moving too, with the door's unlock beside it, and says so when the camera is switched off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveBrowserIT {

    /** The demo's people walk in and out over an 80 s loop: the lobby may stand empty for a while. */
    static final Duration SOMEONE_MOVES = Duration.ofSeconds(90);

    /** The cameras these tests make, taken away after each test. */
    @RegisterExtension
    static final TestCameras CAMERAS = new TestCameras();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void theWallAndTheLiveViewShowMovingPicturesAndTheDoorsEvents() throws Exception {
        String camera = "Lobby live " + System.nanoTime();
        String id = CAMERAS.made(LiveViewIT.liveDemoCamera(camera));
        String lockId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String door = "Live door " + lockId;
        try {
            HttpResponse<String> mapped = asAdmin(
                    "PUT", "api/doors/" + lockId, "{\"name\":\"" + door + "\",\"cameras\":[\"" + camera + "\"]}");
            assertEquals(200, mapped.statusCode(), mapped.body());
            HttpResponse<String> posted =
                    postEvent(KisiEvents.unlockAt(lockId, door, "Ada Live", "ada@example.com", KisiEvents.now()));
            assertTrue(posted.statusCode() / 100 == 2, posted.body());

            try (Browser browser = Browser.start()) {
                browser.signInAsAdmin();
                browser.open("ui/wall.xhtml");
                WebElement tile = browser.waitFor(By.cssSelector("figure.wall-tile[data-camera='" + id + "']"));
                assertTrue(tile.getText().contains(camera) && tile.getText().contains(door), tile.getText());
                WebElement wallPicture = tile.findElement(By.cssSelector("img.wall-picture"));
                browser.wait.until(d -> wallPicture.getAttribute("src").startsWith("blob:")
                        && tile.findElement(By.cssSelector(".wall-status"))
                                .getText()
                                .startsWith("at "));
                assertMoves(browser, wallPicture, "the wall's tile");
                browser.screenshot("camera-wall");

                tile.findElement(By.tagName("a")).click();
                browser.waitForText(By.id("live-title"), camera);
                WebElement livePicture = browser.waitFor(By.id("live-picture"));
                browser.wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", livePicture));
                new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                        .until(d ->
                                d.findElement(By.id("live-events")).getText().contains("Ada Live"));
                assertTrue(browser.driver
                        .findElement(By.id("live-events"))
                        .getText()
                        .contains(door));
                assertMoves(browser, livePicture, "the live view");
                browser.screenshot("live-view");

                // The camera is switched off: its picture stops, and the page says why instead of freezing.
                HttpResponse<String> disabled = asAdmin(
                        "PUT",
                        "api/cameras/" + id,
                        "{\"name\":\"" + camera
                                + "\",\"streamUrl\":\"demo:door\",\"analysisFps\":5,\"enabled\":false}");
                assertEquals(200, disabled.statusCode(), disabled.body());
                new WebDriverWait(browser.driver, Duration.ofSeconds(40))
                        .until(d ->
                                d.findElement(By.id("live-status")).getText().contains("is disabled"));
                assertTrue(browser.driver.findElement(By.id("live-again")).isDisplayed());
            }
        } finally {
            asAdmin("DELETE", "api/cameras/" + id, null);
        }
    }

    /** Waits until a screenshot of the picture differs from the first one taken: the picture moves. */
    private static void assertMoves(Browser browser, WebElement picture, String what) {
        byte[] first = picture.getScreenshotAs(OutputType.BYTES);
        new WebDriverWait(browser.driver, SOMEONE_MOVES, Duration.ofMillis(500))
                .withMessage(what + " never moved")
                .until(d -> !Arrays.equals(first, picture.getScreenshotAs(OutputType.BYTES)));
    }
}
