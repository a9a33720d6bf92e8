package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.newOperator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * Every console page is reached from the one navigation, on a laptop (1280×800) and on a tablet held upright
 * (800×1280), and fits the screen's width: nothing to scroll sideways. An operator's navigation offers no settings,
 * and a settings page typed in by hand is refused. An action on a slow network shows that it is under way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleLayoutBrowserIT {

    /** The navigation's entries for an admin, with the page each opens. */
    private static final Map<String, String> ADMIN_NAVIGATION = new LinkedHashMap<>();

    static {
        ADMIN_NAVIGATION.put("Door events", "home.xhtml");
        ADMIN_NAVIGATION.put("Incidents", "incidents.xhtml");
        ADMIN_NAVIGATION.put("Search", "search.xhtml");
        ADMIN_NAVIGATION.put("Cameras", "cameras.xhtml");
        ADMIN_NAVIGATION.put("Camera wall", "wall.xhtml");
        ADMIN_NAVIGATION.put("Doors", "doors.xhtml");
        ADMIN_NAVIGATION.put("Kisi settings", "settings.xhtml");
        ADMIN_NAVIGATION.put("Kisi places", "kisi-places.xhtml");
        ADMIN_NAVIGATION.put("Users", "users.xhtml");
        ADMIN_NAVIGATION.put("E-mail", "email.xhtml");
        ADMIN_NAVIGATION.put("Audit", "audit.xhtml");
    }

    private static final List<String> ADMIN_ONLY =
            List.of("Doors", "Kisi settings", "Kisi places", "Users", "E-mail", "Audit");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void anAdminReachesEveryPageFromTheNavigationOnALaptopAndATablet() {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            for (Dimension screen : List.of(new Dimension(1280, 800), new Dimension(800, 1280))) {
                browser.driver.manage().window().setSize(screen);
                List<String> tooWide = new ArrayList<>();
                for (Map.Entry<String, String> entry : ADMIN_NAVIGATION.entrySet()) {
                    navigate(browser, entry.getKey(), entry.getValue());
                    if (overflowsSideways(browser)) {
                        tooWide.add(entry.getKey());
                    }
                    browser.screenshot(
                            "layout-" + screen.width + "-" + entry.getValue().replace(".xhtml", ""));
                }
                assertEquals(List.of(), tooWide, "pages wider than a " + screen.width + " px screen");
            }
        }
    }

    @Test
    void anOperatorIsOfferedNoSettingsAndCannotOpenThem() {
        String password = "correct horse battery staple";
        String operator = newOperator("layout-op-", password);
        try (Browser browser = Browser.start()) {
            browser.signIn(operator, password);
            String navigation = browser.waitFor(By.id("nav")).getText();
            for (String entry : List.of("Door events", "Incidents", "Search", "Cameras", "Camera wall")) {
                assertTrue(navigation.contains(entry), "an operator is offered " + entry + ": " + navigation);
            }
            for (String entry : ADMIN_ONLY) {
                assertTrue(!navigation.contains(entry), "an operator is not offered " + entry + ": " + navigation);
            }
            browser.open("ui/settings.xhtml");
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertTrue(!page.contains("Signature key"), "the Kisi settings stay hidden from an operator: " + page);
            browser.screenshot("layout-operator-refused-settings");
        }
    }

    @Test
    void aSlowActionShowsThatItIsUnderWay() {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/email.xhtml");
            WebElement preview = browser.waitFor(By.id("email:preview"));
            // A slow network, as from a branch office: the answer takes 2 s to come back.
            ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
            slow.setLatency(Duration.ofMillis(2000));
            ((HasNetworkConditions) browser.driver).setNetworkConditions(slow);
            preview.click();
            WebElement working = browser.waitFor(By.cssSelector(".progress-bar"));
            assertTrue(working.getText().contains("Working"), working.getText());
            browser.screenshot("layout-progress");
            ((HasNetworkConditions) browser.driver).deleteNetworkConditions();
            browser.wait.until(d ->
                    d.findElements(By.cssSelector(".progress-bar")).stream().noneMatch(WebElement::isDisplayed));
            browser.waitFor(By.id("email:previewPanel"));
        }
    }

    /** Clicks the navigation entry as a person would; on a narrow screen the menu first opens from its button. */
    private static void navigate(Browser browser, String entry, String page) {
        By item = By.xpath("//form[@id='nav']//a[normalize-space(.)='" + entry + "']");
        browser.wait.until(d -> {
            WebElement link = d.findElements(item).stream().findFirst().orElse(null);
            if (link == null) {
                return false;
            }
            if (!link.isDisplayed()) {
                d.findElements(By.cssSelector("#nav .ui-menubar-mobile-button, #nav .ui-menubutton")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .ifPresent(WebElement::click);
                return false;
            }
            link.click();
            return true;
        });
        browser.wait.until(d -> d.getCurrentUrl().contains("/ui/" + page)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && d.findElements(By.id("nav")).size() == 1);
    }

    private static boolean overflowsSideways(Browser browser) {
        Object wider = ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(wider);
    }
}
