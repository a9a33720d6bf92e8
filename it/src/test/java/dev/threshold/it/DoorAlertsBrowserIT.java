package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.newOperator;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Door alerts page in Chromium: an admin reaches it from the navigation, picks a door, chooses who is told of a
 * forced-open door and of tailgating, and saves (the API then says the same); a bad address is refused in words; an
 * operator reads the page but is offered no change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoorAlertsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void anAdminChoosesWhoIsToldAndAnOperatorReadsIt() {
        String lockId = DoorAlertsIT.newLockId();
        String door = "Alerts page door " + lockId;
        ThresholdServer.doorWithCamera(lockId, door, "Alerts page camera " + lockId);
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            assertTrue(
                    browser.driver
                            .findElement(By.xpath("//form[@id='nav']//a[normalize-space(.)='Door alerts']"))
                            .getAttribute("href")
                            .endsWith("/ui/door-alerts.xhtml"),
                    "offered in the navigation");
            browser.open("ui/door-alerts.xhtml?lock=" + lockId);
            browser.waitForText(By.tagName("h1"), "Door alerts");
            browser.waitForText(By.id("alertForm:door"), door + " (" + lockId + ")");
            browser.waitForText(By.id("alertForm:kinds:0:now"), "nobody (default)");

            untickDefault(browser, 0); // forced open
            browser.type(By.id("alertForm:kinds:0:addresses"), "not an address");
            browser.driver.findElement(By.id("alertForm:saveAlerts")).click();
            browser.waitForText(By.id("messages"), "\"not\" is not an e-mail address");

            browser.type(By.id("alertForm:kinds:0:addresses"), "soc@example.com, desk@example.com");
            untickDefault(browser, 2); // tailgating: the badge holder (ticked by default) only
            browser.type(By.id("alertForm:kinds:2:addresses"), "");
            browser.driver.findElement(By.id("alertForm:saveAlerts")).click();
            browser.waitForText(By.id("messages"), "Alerts of " + door + " saved.");
            browser.waitForText(By.id("alertForm:kinds:0:now"), "soc@example.com, desk@example.com");
            browser.waitForText(By.id("alertForm:kinds:2:now"), "the badge holder");
            browser.screenshot("door-alerts");
        }
        String api = asAdmin("GET", "api/doors/" + lockId + "/alerts", null).body();
        assertTrue(
                api.contains("\"forcedOpen\":{\"securityAddresses\":[\"soc@example.com\",\"desk@example.com\"],"
                        + "\"badgeHolder\":false,\"nobody\":false,\"default\":false}"),
                api);
        assertTrue(
                api.contains("\"tailgating\":{\"securityAddresses\":[],\"badgeHolder\":true,\"nobody\":false,"
                        + "\"default\":false}"),
                api);

        String password = "correct horse battery staple";
        String operator = newOperator("door-alerts-page-op-", password);
        try (Browser browser = Browser.start()) {
            browser.signIn(operator, password);
            browser.open("ui/door-alerts.xhtml?lock=" + lockId);
            browser.waitForText(By.id("alertForm:kinds:0:now"), "soc@example.com, desk@example.com");
            assertTrue(
                    browser.driver.findElements(By.id("alertForm:saveAlerts")).isEmpty(), "no Save for operators");
        } finally {
            asAdmin("DELETE", "api/users/" + operator, null);
        }
    }

    private static void untickDefault(Browser browser, int row) {
        browser.driver
                .findElement(By.cssSelector("[id='alertForm:kinds:" + row + ":useDefault'] .ui-chkbox-box"))
                .click();
    }
}
