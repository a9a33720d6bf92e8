package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin sets up a camera in a real browser: adds it with credentials (never shown again), drags a floor corner and
 * sees the tiles follow, gets a validation error in words, imports the CAVIAR shop front's scene, saves it, exports
 * and re-imports it unchanged, and tests the set-up on the CAVIAR clip of two people walking in: the two entries are
 * listed with their pictures, and nothing reaches the live data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CameraSetupBrowserIT {

    private static final Path EVAL = Path.of("../../shared/eval");
    private static final Path SCENE =
            EVAL.resolve("scenes/caviar_front.scene.json").toAbsolutePath().normalize();
    private static final Path CLIP = EVAL.resolve("clips/caviar_TwoLeaveShop2front_reversed.mp4")
            .toAbsolutePath()
            .normalize();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void anAdminDrawsTheGridSavesItAndTestsItOnAClip() throws Exception {
        String name = "Grid cam " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();

            // Add the camera with credentials: they are stored, never rendered back.
            browser.open("ui/cameras.xhtml");
            browser.waitFor(By.id("add-camera")).click();
            browser.type(By.id("camera-form:name"), name);
            browser.type(By.id("camera-form:username"), "viewer");
            browser.type(By.id("camera-form:password"), "s3cret-pass");
            browser.driver.findElement(By.id("camera-form:save-camera")).click();
            // Enabled (the default) without a stream is refused beside the switch, in words.
            browser.waitForText(By.cssSelector(".ui-message-error"), "a camera without a stream URL cannot be enabled");
            assertEquals(
                    "",
                    browser.driver.findElement(By.id("camera-form:password")).getAttribute("value"),
                    "a refused form does not send the password back either");
            browser.driver
                    .findElement(By.cssSelector("[id='camera-form:enabled'] .ui-chkbox-box"))
                    .click();
            browser.type(By.id("camera-form:password"), "s3cret-pass");
            browser.driver.findElement(By.id("camera-form:save-camera")).click();
            browser.waitForText(By.id("messages"), "Camera '" + name + "' added.");
            // Set up: the stream settings fold away; their state is still on the page.
            assertTrue(browser.driver
                    .findElement(By.id("camera-form:credentials-state"))
                    .getAttribute("textContent")
                    .contains("Credentials are set"));
            assertEquals(
                    "",
                    browser.driver.findElement(By.id("camera-form:password")).getAttribute("value"));
            assertFalse(browser.driver.getPageSource().contains("s3cret-pass"), "the password is never sent back");
            String cameraId = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

            // No picture yet: a blank frame with a starting grid. Dragging a corner moves the tiles at once.
            browser.waitFor(By.cssSelector("#grid-tiles .tile-line"));
            List<Object> before = corner(browser, 0);
            String linesBefore = tileLines(browser);
            WebElement farLeft = browser.driver.findElement(By.cssSelector("#grid-tiles [data-handle='0']"));
            new Actions(browser.driver)
                    .clickAndHold(farLeft)
                    .moveByOffset(-40, -30)
                    .moveByOffset(-20, -10)
                    .release()
                    .perform();
            List<Object> after = corner(browser, 0);
            assertTrue(number(after.get(0)) < number(before.get(0)) - 20, before + " → " + after);
            assertTrue(number(after.get(1)) < number(before.get(1)) - 10, before + " → " + after);
            assertFalse(tileLines(browser).equals(linesBefore), "the tiles follow the corner");

            // The keyboard moves a handle too: Shift+→ is 10 pixels.
            WebElement nearRight = browser.driver.findElement(By.cssSelector("#grid-tiles [data-handle='2']"));
            double x = number(corner(browser, 2).get(0));
            nearRight.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT));
            assertEquals(x - 10, number(corner(browser, 2).get(0)), 0.01);
            browser.screenshot("camera-grid-dragged");

            // A validation error in words: no tiles across. Live, and again when saving.
            browser.type(By.id("grid-cols"), "0");
            browser.waitForText(By.id("grid-problem"), "floor.tiles.cols: must be at least 1, not 0");
            browser.driver.findElement(By.id("save-grid")).click();
            browser.waitForText(By.id("grid-message"), "Not saved: floor.tiles.cols: must be at least 1, not 0");
            browser.screenshot("camera-grid-invalid");

            // Import the shop front's scene, save it: the server stores exactly that.
            browser.driver.findElement(By.id("import-grid")).sendKeys(SCENE.toString());
            browser.waitForText(By.id("grid-message"), "Imported caviar_front.scene.json");
            browser.wait.until(
                    d -> !browser.driver.findElement(By.id("grid-problem")).isDisplayed());
            assertEquals("12", browser.driver.findElement(By.id("grid-cols")).getAttribute("value"));
            browser.driver.findElement(By.id("save-grid")).click();
            browser.waitForText(By.id("grid-message"), "Saved");
            HttpResponse<String> stored = asAdmin("GET", "api/cameras/" + cameraId + "/scene", null);
            assertEquals(200, stored.statusCode(), stored.body());
            assertTrue(
                    stored.body().replaceAll("\\s", "").contains("\"tiles\":{\"cols\":12,\"rows\":3}"), stored.body());

            // Export, then import the exported file: the same scene comes back.
            String edited = sceneJson(browser);
            Files.createDirectories(Browser.DOWNLOADS);
            Path exported = Browser.DOWNLOADS.resolve(name.replace(' ', '-') + ".scene.json");
            Files.deleteIfExists(exported);
            browser.driver.findElement(By.id("export-grid")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> Files.isRegularFile(exported));
            assertTrue(Files.readString(exported).contains("\"format\": \"threshold-scene/1\""));
            browser.driver
                    .findElement(By.id("import-grid"))
                    .sendKeys(exported.toAbsolutePath().normalize().toString());
            browser.waitForText(By.id("grid-message"), "Imported " + exported.getFileName());
            assertEquals(edited, sceneJson(browser), "the exported scene imports unchanged");

            // Test the set-up on a clip: two people walk in side by side at about 12 s.
            browser.driver.findElement(By.id("trial-clip")).sendKeys(CLIP.toString());
            browser.driver.findElement(By.id("trial-start")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(180))
                    .ignoring(RuntimeException.class)
                    .until(d -> d.findElement(By.id("trial-status")).getText().contains("found in the uploaded clip"));
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#trial-results tr.trial-crossing"));
            assertEquals(
                    2,
                    rows.size(),
                    browser.driver.findElement(By.id("trial-results")).getText());
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                assertEquals("in", cells.get(1).getText(), row.getText());
                double seconds = Double.parseDouble(cells.get(0).getText().replaceAll("^([0-9.]+) s$", "$1"));
                assertTrue(seconds > 10 && seconds < 14.5, row.getText());
                WebElement img = row.findElement(By.cssSelector("img.trial-picture"));
                browser.wait.until(d -> ((Number) js(browser, "return arguments[0].naturalWidth", img)).intValue() > 0);
            }
            // The camera had no picture: the grid is now drawn on the clip's first frame.
            assertTrue(browser.driver
                    .findElement(By.id("grid-picture"))
                    .getAttribute("href")
                    .contains("/frame"));
            assertTrue(browser.driver
                    .findElement(By.id("grid-no-picture"))
                    .getText()
                    .contains("first frame"));
            js(browser, "document.getElementById('grid-editor').scrollIntoView()");
            browser.screenshot("camera-setup-trial");

            // At tablet width the page fits without scrolling sideways.
            browser.driver.manage().window().setSize(new Dimension(800, 1000));
            browser.open("ui/camera.xhtml?id=" + cameraId);
            browser.waitFor(By.cssSelector("#grid-tiles .tile-line"));
            long scrollWidth = ((Number) js(browser, "return document.documentElement.scrollWidth")).longValue();
            assertTrue(scrollWidth <= 800, "page width at 800 px: " + scrollWidth);
            browser.screenshot("camera-grid-tablet");

            // The test wrote nothing: no crossing labels on the camera's video.
            HttpResponse<String> labels = asAdmin(
                    "GET",
                    "api/labels?q=" + URLEncoder.encode("person", StandardCharsets.UTF_8) + "&camera=" + cameraId,
                    null);
            assertEquals(200, labels.statusCode(), labels.body());
            assertEquals("[]", labels.body().strip(), "a set-up test stores no crossings");

            // Errors in words over REST: a camera never recorded, and a scene the domain refuses.
            String scene = Files.readString(SCENE);
            HttpResponse<String> started =
                    asAdmin("POST", "api/cameras/" + cameraId + "/trials", "{\"minutes\":5,\"scene\":" + scene + "}");
            assertEquals(202, started.statusCode(), started.body());
            String trial = started.body().replaceAll(".*\"id\":\"([0-9a-f]+)\".*", "$1");
            String[] state = new String[1];
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
                state[0] = asAdmin("GET", "api/cameras/" + cameraId + "/trials/" + trial, null)
                        .body();
                return !state[0].contains("\"state\":\"running\"");
            });
            assertTrue(
                    state[0].contains("\"state\":\"failed\"") && state[0].contains("no recording of camera"), state[0]);
            HttpResponse<String> refused = asAdmin(
                    "POST",
                    "api/cameras/" + cameraId + "/trials",
                    "{\"minutes\":5,\"scene\":" + scene.replace("\"cols\": 12", "\"cols\": 0") + "}");
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"field\":\"scene.floor.tiles.cols\""), refused.body());
        }
    }

    /** A point of the scene as the editor holds it: corners 0–3 (far-left, far-right, near-right, near-left). */
    @SuppressWarnings("unchecked")
    private static List<Object> corner(Browser browser, int index) {
        return (List<Object>) js(browser, "return window.thresholdGrid.scene().floor.image[" + index + "]");
    }

    private static String sceneJson(Browser browser) {
        return (String) js(browser, "return JSON.stringify(window.thresholdGrid.scene())");
    }

    private static String tileLines(Browser browser) {
        return (String) js(
                browser,
                "return Array.from(document.querySelectorAll('#grid-tiles .tile-line'))"
                        + ".map(l => [l.getAttribute('x1'), l.getAttribute('y1')].join(',')).join(' ')");
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
