package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The free viewer in a real browser, on a demo camera (its past is rendered again on request, like a recording)
 * watching a door where two people badged a minute apart: from the first badge the viewer jumps to the next event and
 * back, 30 s later, to any moment on the slider, to a badge's tick on the day's strip, and downloads a clip of a span typed in as MP4; a span that ends
 * before it starts is refused in words. The routes behind it answer the same over REST.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FreeViewerBrowserIT {

    private static final Pattern AT = Pattern.compile("[?&]at=([^&]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void theViewerMovesToAnyRecordedMomentAndEventAndDownloadsAChosenSpan() throws Exception {
        String camera = "Free viewer " + System.nanoTime();
        HttpResponse<String> saved = asAdmin(
                "POST",
                "api/cameras",
                "{\"name\":\"" + camera + "\",\"analysisFps\":5,\"enabled\":false,\"streamUrl\":\"demo:door\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        String id = ThresholdServer.firstId(saved.body());
        String lockId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String door = "Free door " + lockId;
        assertEquals(
                200,
                asAdmin("PUT", "api/doors/" + lockId, "{\"name\":\"" + door + "\",\"cameras\":[\"" + camera + "\"]}")
                        .statusCode());
        Instant first = KisiEvents.now().minusSeconds(120);
        Instant second = first.plusSeconds(60);
        for (Instant at : new Instant[] {first, second}) {
            HttpResponse<String> posted =
                    postEvent(KisiEvents.unlockAt(lockId, door, "Free Walker", "free@example.com", at));
            assertEquals(201, posted.statusCode(), posted.body());
        }
        String events = "api/cameras/" + id + "/recorded/events/";
        Await.until(
                () -> asAdmin("GET", events + "next?after=" + first, null)
                        .body()
                        .contains(second.toString()),
                Duration.ofSeconds(30),
                "both badges labelled on the camera");

        assertTrue(asAdmin("GET", events + "next?after=" + first.minusSeconds(1), null)
                .body()
                .contains("\"at\":\"" + first + "\""));
        assertTrue(asAdmin("GET", events + "previous?before=" + second, null)
                .body()
                .contains("\"at\":\"" + first + "\""));
        HttpResponse<String> none = asAdmin("GET", events + "previous?before=" + first, null);
        assertEquals(404, none.statusCode(), none.body());
        HttpResponse<String> bad = asAdmin("GET", events + "next?after=yesterday", null);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"after\""), bad.body());
        assertTrue(
                asAdmin("GET", "api/cameras/" + id + "/recorded", null).body().contains("\"spans\":[{\"from\""));
        String day = asAdmin(
                        "GET",
                        "api/cameras/" + id + "/recorded/events?from=" + first.minusSeconds(3600) + "&to="
                                + second.plusSeconds(3600),
                        null)
                .body();
        assertTrue(
                day.indexOf("\"at\":\"" + first + "\"") >= 0
                        && day.indexOf("\"at\":\"" + second + "\"") > day.indexOf("\"at\":\"" + first + "\""),
                day);
        HttpResponse<String> tooLong = asAdmin(
                "GET",
                "api/cameras/" + id + "/recorded/events?from=" + first.minus(Duration.ofDays(2)) + "&to=" + first,
                null);
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("at most 25 hours"), tooLong.body());

        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/viewer.xhtml?camera=" + id + "&at=" + first);
            browser.waitFor(By.id("viewer-title"));
            // The day's strip: a tick for each badge; clicking the second's opens the viewer at it.
            By secondTick = By.cssSelector("#event-strip .strip-event[data-at='" + second + "']");
            browser.waitFor(secondTick).click();
            awaitMoment(browser, second);
            browser.waitFor(By.cssSelector("#event-strip .strip-event[data-at='" + first + "']"));
            browser.open("ui/viewer.xhtml?camera=" + id + "&at=" + first);
            browser.waitFor(By.id("viewer-title"));
            browser.driver.findElement(By.id("next-event")).click();
            awaitMoment(browser, second);
            browser.waitFor(By.id("previous-event")).click();
            awaitMoment(browser, first);
            browser.waitFor(By.id("later")).click();
            awaitMoment(browser, first.plusSeconds(30));

            // The slider: any moment of the recording, released where the viewer should go.
            Instant chosen = second.plusSeconds(17);
            browser.wait.until(d -> !browser.driver
                    .findElement(By.id("scrub"))
                    .getAttribute("max")
                    .isEmpty());
            ((JavascriptExecutor) browser.driver)
                    .executeScript(
                            "var s = document.getElementById('scrub');"
                                    + "s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
                            String.valueOf(chosen.toEpochMilli()));
            awaitMoment(browser, chosen);

            // The pages left behind may still be cutting their clips: the download waits for a free cutter.
            Await.until(
                    () -> ThresholdServer.metric("threshold_video_cuts_running") == 0,
                    Duration.ofSeconds(60),
                    "the viewer pages' clips cut");
            Instant clipFrom = first.minusSeconds(5);
            Path clip = Browser.DOWNLOADS.resolve("clip-" + clipFrom.toString().replace(':', '-') + ".mp4");
            Files.deleteIfExists(clip);
            browser.type(By.id("clip-from"), clipFrom.toString());
            browser.type(By.id("clip-to"), first.plusSeconds(10).toString());
            browser.driver.findElement(By.id("download-clip")).click();
            slowly(browser)
                    .until(d ->
                            d.findElement(By.id("navigation-status")).getText().contains("Clip downloaded"));
            browser.wait.until(d -> Files.isRegularFile(clip));
            byte[] mp4 = Files.readAllBytes(clip);
            assertEquals("ftyp", new String(mp4, 4, 4, StandardCharsets.US_ASCII), "an MP4");
            browser.screenshot("viewer-free");

            browser.type(By.id("clip-to"), clipFrom.minusSeconds(1).toString());
            browser.driver.findElement(By.id("download-clip")).click();
            browser.waitForText(By.id("navigation-status"), "is not after the start");
        } finally {
            asAdmin("DELETE", "api/cameras/" + id, null);
        }
    }

    /** Waits until the viewer shows {@code moment}: its address names it. */
    private static void awaitMoment(Browser browser, Instant moment) {
        slowly(browser)
                .withMessage(() -> "the viewer at " + moment + ", not at " + browser.driver.getCurrentUrl()
                        + " saying '"
                        + browser.driver.findElements(By.id("navigation-status")).stream()
                                .map(e -> e.getText())
                                .findFirst()
                                .orElse("")
                        + "'")
                .until(d -> {
                    Matcher at = AT.matcher(d.getCurrentUrl());
                    return at.find()
                            && Instant.parse(URLDecoder.decode(at.group(1), StandardCharsets.UTF_8))
                                    .equals(moment)
                            && !d.findElements(By.id("viewer-title")).isEmpty();
                });
    }

    /** A minute: each step loads a page whose clip the server renders, on two cores shared with other tests. */
    private static WebDriverWait slowly(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}
