package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Health that tells the truth: an enabled camera whose stream cannot be read is, within the 30 s limit (and a little
 * for the reader to try), a failing check in {@code /health} with its name and last error, the status DEGRADED in
 * words with HTTP 200, and a banner on every console page; removed, the node is UP again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CameraHealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void aCameraWithoutVideoIsAFailingCheckAndABannerWhileTheNodeStaysInService() {
        String name = "Dead lobby " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = asAdmin(
                "POST",
                "api/cameras",
                "{\"name\":\"" + name + "\",\"analysisFps\":5,"
                        + "\"enabled\":true,\"streamUrl\":\"rtsp://127.0.0.1:1/none\"}");
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertTrue(id.find(), created.body());
        long start = System.nanoTime();
        try {
            String[] health = new String[1];
            Await.until(
                    () -> {
                        health[0] = ThresholdServer.get("health").body();
                        return health[0].contains("camera '" + name + "' has delivered no video for");
                    },
                    Duration.ofSeconds(45),
                    "the camera without video as a failing check in /health");
            System.out.printf(
                    "a camera without video failed /health after %.1f s%n", (System.nanoTime() - start) / 1e9);
            HttpResponse<String> answer = ThresholdServer.get("health");
            String body = answer.body();
            assertEquals(200, answer.statusCode(), "load balancers keep the node: " + body);
            assertTrue(body.startsWith("{\"status\":\"DEGRADED\",\"description\":\"degraded: "), body);
            assertTrue(body.contains("camera '" + name + "' has delivered no video for"), body);
            assertTrue(body.contains("{\"name\":\"cameras\",\"status\":\"DOWN\""), body);
            assertTrue(body.contains("\"lastError\":\"camera unreachable"), "its last error, in words: " + body);
            assertTrue(body.contains("{\"name\":\"database\",\"status\":\"UP\""), body);

            try (Browser browser = Browser.start()) {
                browser.signInAsAdmin();
                for (String page : new String[] {"ui/home.xhtml", "ui/incidents.xhtml", "ui/search.xhtml"}) {
                    browser.open(page);
                    browser.waitForText(By.id("camera-banner"), "Camera '" + name + "' has delivered no video for");
                }
                browser.screenshot("camera-banner");
            }
        } finally {
            assertEquals(
                    204, asAdmin("DELETE", "api/cameras/" + id.group(1), null).statusCode());
        }
        Await.until(
                () -> !ThresholdServer.get("health").body().contains(name),
                Duration.ofSeconds(10),
                "the removed camera gone from /health");
    }
}
