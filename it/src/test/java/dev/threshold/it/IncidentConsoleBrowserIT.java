package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A security admin reviews a tailgating incident in the console, in a real browser: the Incidents page lists it, the
 * incident page shows who badged and who followed, and a dismissal without a reason is refused in words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void anAdminFindsOpensAndDismissesATailgatingIncident() throws Exception {
        String lockId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String door = "Console door " + lockId;
        String camera = "Console cam " + lockId;
        String cameraId = ThresholdServer.doorWithCamera(lockId, door, camera);

        Instant unlock = Instant.now();
        // Two people walking in, as the camera's analysis stores them.
        TestDatabase.storeEntries(cameraId, unlock.plusMillis(2400), unlock.plusMillis(2800));
        HttpResponse<String> posted =
                postEvent(KisiEvents.unlockAt(lockId, door, "Grace Badge", "grace@example.com", unlock));
        assertEquals(201, posted.statusCode(), posted.body());
        Await.until(
                () -> asAdmin("GET", "api/incidents?door=" + lockId, null)
                        .body()
                        .contains("\"total\":1"),
                Duration.ofSeconds(25),
                "the tailgating incident");

        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/incidents.xhtml");
            browser.waitForText(By.id("incidents"), door);
            browser.screenshot("incidents");
            browser.driver
                    .findElement(By.xpath("//tr[contains(., '" + door + "')]//a"))
                    .click();

            browser.waitForText(By.tagName("h1"), "tailgating at " + door);
            assertTrue(browser.driver.findElement(By.id("grants")).getText().contains("Grace Badge"));
            assertTrue(
                    browser.driver.findElement(By.id("occurrences")).getText().contains(camera));
            assertTrue(
                    browser.driver.findElement(By.id("summaryText")).getText().contains("2 went in on 1 badge(s)"));
            browser.screenshot("incident");

            browser.driver.findElement(By.id("review:dismiss")).click();
            browser.waitForText(By.id("messages"), "Say why the incident is dismissed");
            browser.type(By.id("review:reason"), "Visitor escorted by Grace, signed in at reception");
            browser.driver.findElement(By.id("review:dismiss")).click();
            browser.waitForText(By.id("status"), "dismissed");
            assertTrue(browser.driver.getPageSource().contains("by admin"));

            // The door's camera on the Cameras page, in words: disabled, so not read.
            browser.open("ui/cameras.xhtml");
            browser.waitForText(By.id("cameras"), camera);
            assertTrue(browser.driver
                    .findElement(By.xpath("//tr[contains(., '" + camera + "')]"))
                    .getText()
                    .contains("disabled"));
        }
        assertTrue(asAdmin("GET", "api/incidents?door=" + lockId, null).body().contains("\"status\":\"dismissed\""));
    }
}
