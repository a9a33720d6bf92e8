package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An operator searches the labels of two door events in a real browser: a sample-query chip finds both, a -"phrase"
 * leaves one out, the door filter keeps the other door's out; a label on a camera links to the viewer at that moment
 * and shows, instead of a thumbnail, that nothing was recorded. The REST search refuses bad filters naming the parameter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void chipsExclusionsAndTheDoorFilterNarrowWhatAUserSees() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String lockA = String.valueOf(n);
        String lockB = String.valueOf(n + 1);
        String doorA = "Search door A " + n;
        String doorB = "Search door B " + n;
        String grace = "Grace Searcher " + n;
        String alan = "Alan Searcher " + n;
        String camera = "Search cam " + n;
        String cameraId = ThresholdServer.doorWithCamera(lockA, doorA, camera);
        Instant now = Instant.now();
        assertEquals(
                201, postEvent(unlock(lockA, doorA, grace, now.minusSeconds(2))).statusCode());
        assertEquals(
                201, postEvent(unlock(lockB, doorB, alan, now.minusSeconds(1))).statusCode());

        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/search.xhtml");

            // A chip: the seed's sample query, one click, finds both events.
            browser.waitFor(By.xpath("//a[@class='chip' and normalize-space(.)='entry unlocked']"))
                    .click();
            browser.waitForText(By.id("results"), grace);
            assertEquals(
                    "entry unlocked", browser.driver.findElement(By.id("q")).getAttribute("value"));
            assertTrue(results(browser).contains(alan), "both doors' unlocks are found");
            assertTrue(results(browser).contains(camera), "door A's label is on its camera");
            WebElement viewer = browser.driver.findElement(
                    By.xpath("//tr[contains(., '" + grace + "')]//a[contains(@class,'label')]"));
            assertTrue(
                    viewer.getAttribute("href").contains("/ui/viewer.xhtml?camera=" + cameraId + "&at="),
                    viewer.getAttribute("href"));
            // The camera is never read, so nothing was recorded: the thumbnail says so instead of a broken picture.
            browser.waitForText(
                    By.xpath("//tr[contains(., '" + grace + "')]//span[contains(@class,'thumb')]"),
                    "No recording at this time");
            browser.screenshot("search-chip");

            // An exclusion: -"a phrase" leaves Grace's unlock out.
            browser.type(By.id("q"), "entry unlocked -\"" + grace + "\"");
            browser.driver.findElement(By.id("search-button")).click();
            // The page before the search showed both: wait for the new one, which shows Alan's unlock only.
            browser.wait.until(
                    d -> results(browser).contains(alan) && !results(browser).contains(grace));
            assertFalse(results(browser).contains(grace), "the excluded person's label is left out");

            // The door filter: only door A, so only Grace's unlock.
            browser.type(By.id("q"), "searcher " + n);
            new Select(browser.driver.findElement(By.id("door"))).selectByVisibleText(doorA);
            browser.driver.findElement(By.id("search-button")).click();
            browser.waitForText(By.id("results"), grace);
            assertFalse(results(browser).contains(alan), "the other door's label is left out");
            assertEquals(
                    doorA,
                    new Select(browser.driver.findElement(By.id("door")))
                            .getFirstSelectedOption()
                            .getText(),
                    "the page keeps the filter chosen");
            browser.screenshot("search-door-filter");

            // A chip keeps the door filter; nothing at door A was forced open.
            browser.driver
                    .findElement(By.xpath("//a[@class='chip' and normalize-space(.)='forced open']"))
                    .click();
            browser.waitForText(By.id("results"), "No labels match");
        }

        // The same search over REST, and bad filters refused naming the parameter.
        HttpResponse<String> rest = asAdmin(
                "GET",
                "api/labels?q=" + encode("searcher " + n) + "&door=" + lockA + "&camera=" + cameraId + "&from="
                        + now.minusSeconds(60) + "&to=" + now.plusSeconds(60),
                null);
        assertEquals(200, rest.statusCode(), rest.body());
        assertTrue(rest.body().contains(grace) && !rest.body().contains(alan), rest.body());
        assertTrue(rest.body().contains("\"cameraId\":\"" + cameraId + "\""), rest.body());
        assertRefused("q=door&camera=nope", "camera");
        assertRefused("q=door&camera=" + UUID.randomUUID(), "camera");
        assertRefused("q=door&door=no-such-lock-" + n, "door");
        assertRefused("q=door&from=yesterday", "from");
        assertRefused("q=door&from=" + now + "&to=" + now.minusSeconds(1), "to");
        assertRefused("q=-door", "q");
    }

    private static String results(Browser browser) {
        return browser.driver.findElement(By.id("results")).getText();
    }

    private static void assertRefused(String query, String parameter) {
        HttpResponse<String> answer = asAdmin("GET", "api/labels?" + query, null);
        assertEquals(400, answer.statusCode(), query + ": " + answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query);
        assertTrue(answer.body().contains("\"field\":\"" + parameter + "\""), query + ": " + answer.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unlock(String lockId, String door, String actor, Instant at) {
        return """
                {"uuid":"%s","type":"lock.unlock","success":true,"actor_type":"User","actor_id":%s,
                 "actor_name":"%s","actor_email":"searcher@example.com","object_type":"Lock","object_id":%s,
                 "object_name":"%s","organization_id":12,"place_id":34,"created_at":"%s"}
                """.formatted(UUID.randomUUID(), lockId, actor, lockId, door, at);
    }
}
