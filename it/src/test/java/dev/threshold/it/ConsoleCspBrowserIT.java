package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The console under its Content-Security-Policy in Chromium: PrimeFaces' own scripts run (ajax, dialogs, buttons),
 * a script injected into a page does not and the browser reports it; and an admin revokes an incident's shared
 * links with the incident page's button. (Every browser test fails on a CSP violation: {@link Browser#close()}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleCspBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void anInjectedScriptIsRefusedWhileTheConsoleWorksAndTheRevokeButtonEndsTheSharedLinks() throws Exception {
        UUID incident = incident();
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            assertEquals(
                    Boolean.TRUE,
                    js.executeScript("return !!(window.PrimeFaces && PrimeFaces.csp)"),
                    "PrimeFaces runs in its CSP mode");
            js.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                    + " document.body.appendChild(s);");
            assertEquals(
                    Boolean.FALSE, js.executeScript("return window.injected === 1"), "an inline script is refused");
            List<String> reported = browser.cspViolations();
            assertFalse(reported.isEmpty(), "the browser reports the refused script");

            browser.open("ui/incident.xhtml?id=" + incident);
            browser.waitForText(By.tagName("h1"), "tailgating at");
            assertTrue(browser.driver
                    .findElement(By.id("sharedLinks:linkState"))
                    .getText()
                    .contains("without a sign-in"));
            browser.driver.findElement(By.id("sharedLinks:revokeLinks")).click();
            browser.waitForText(By.id("sharedLinks:linkState"), "Shared links revoked by admin");
            browser.screenshot("incident-links-revoked");
            assertTrue(browser.driver
                    .findElements(By.id("sharedLinks:revokeLinks"))
                    .isEmpty());
        }
        assertTrue(asAdmin("GET", "api/incidents/" + incident + "/shared-links", null)
                .body()
                .contains("\"revoked\":true"));
    }

    private static UUID incident() throws Exception {
        UUID id = UUID.randomUUID();
        String lockId = "csp-" + id.toString().substring(0, 8);
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(60));
        try (Connection c = TestDatabase.connect("threshold")) {
            try (PreparedStatement door =
                    c.prepareStatement("INSERT INTO door (lock_id, name, updated_at) VALUES (?, ?, ?)")) {
                door.setString(1, lockId);
                door.setString(2, "CSP door " + lockId);
                door.setTimestamp(3, at);
                door.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO incident (id, lock_id, kind, status, "
                    + "window_start, window_end, grants, entries, unauthorised, kisi_tailgate, created_at, updated_at, "
                    + "version) VALUES (?, ?, 'TAILGATING', 'OPEN', ?, ?, 1, 2, 1, FALSE, ?, ?, 0)")) {
                insert.setObject(1, id);
                insert.setString(2, lockId);
                insert.setTimestamp(3, at);
                insert.setTimestamp(4, at);
                insert.setTimestamp(5, at);
                insert.setTimestamp(6, at);
                insert.executeUpdate();
            }
        }
        return id;
    }
}
