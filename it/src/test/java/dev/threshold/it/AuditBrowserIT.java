package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.newOperator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The admin's Audit page in Chromium: reached from the navigation, filtered by who, what and since when, paged 50
 * at a time, a bad time refused in words; an operator is not offered it and cannot open it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void anAdminFiltersAndPagesTheTrail() {
        Instant start = Instant.now().minusSeconds(1);
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 51; i++) { // one more than a page
            assertEquals(
                    200,
                    asAdmin(
                                    "PUT",
                                    "api/doors/audit-" + run + "-" + i,
                                    "{\"name\":\"Audit page door " + i + "\",\"cameras\":[]}")
                            .statusCode());
        }
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.driver
                    .findElement(By.xpath("//form[@id='nav']//a[normalize-space(.)='Audit']"))
                    .click();
            browser.waitForText(By.tagName("h1"), "Audit");
            browser.type(By.id("filters:actor"), "admin");
            browser.type(By.id("filters:kind"), "door.mapped");
            browser.type(By.id("filters:from"), start.toString());
            browser.driver.findElement(By.id("filters:search")).click();
            browser.waitForText(By.id("records:count"), "1–50 of 51 records");
            String table = browser.waitFor(By.id("records:trail")).getText();
            assertTrue(table.contains("door/audit-" + run + "-50"), "newest first: " + table);
            assertTrue(table.contains("door.mapped") && table.contains("127.0.0.1"), table);
            assertTrue(table.contains("name: – → Audit page door 50"), "what changed, in words: " + table);
            browser.screenshot("audit-page");

            browser.driver.findElement(By.id("records:next")).click();
            browser.waitForText(By.id("records:count"), "51–51 of 51 records");
            assertTrue(browser.waitFor(By.id("records:trail")).getText().contains("door/audit-" + run + "-0"));

            browser.type(By.id("filters:from"), "yesterday");
            browser.driver.findElement(By.id("filters:search")).click();
            browser.waitForText(By.id("filters"), "a time like 2026-11-29T08:00:00Z");
        } finally {
            for (int i = 0; i < 51; i++) {
                asAdmin("DELETE", "api/doors/audit-" + run + "-" + i, null);
            }
        }
    }

    @Test
    void anOperatorIsNotOfferedTheTrailAndCannotOpenIt() {
        String password = "correct horse battery staple";
        String operator = newOperator("audit-page-op-", password);
        try (Browser browser = Browser.start()) {
            browser.signIn(operator, password);
            assertFalse(browser.waitFor(By.id("nav")).getText().contains("Audit"));
            browser.open("ui/audit.xhtml");
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertTrue(
                    browser.driver.findElements(By.id("records:trail")).isEmpty(), "the trail stays hidden: " + page);
        } finally {
            asAdmin("DELETE", "api/users/" + operator, null);
        }
    }
}
