package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The README's console address in a real Chromium, as a new user types it: {@code /ui/} (and the bare server
 * address {@code /}) asks to sign in and then shows the console's home page, not an empty page; a page asked for
 * before signing in is the one shown after; the sign-in page opened by itself, or a resource asked for first, leads
 * to the home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleLandingBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void theReadmesAddressShowsTheHomePageAfterSignIn() {
        for (String address : new String[] {"ui/", "", "ui"}) {
            try (Browser browser = Browser.start()) {
                browser.open(address);
                signIn(browser);
                assertOnHomePage(browser, address);
            }
        }
    }

    @Test
    void thePageAskedForIsTheOneShownAfterSignIn() {
        try (Browser browser = Browser.start()) {
            browser.open("ui/incidents.xhtml");
            signIn(browser);
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/ui/incidents.xhtml"));
            assertTrue(browser.driver.getTitle().contains("Incidents"), browser.driver.getTitle());
        }
    }

    @Test
    void aResourceOrTheSignInPageItselfLeadsToTheHomePage() {
        for (String first :
                new String[] {"ui/favicon.ico", "ui/login.xhtml", "ui/jakarta.faces.resource/threshold/console.css"}) {
            try (Browser browser = Browser.start()) {
                browser.open(first);
                if (browser.driver.findElements(By.id("j_username")).isEmpty()) {
                    browser.open("ui/login.xhtml"); // the resource was served without sign-in: sign in from the form
                }
                signIn(browser);
                assertOnHomePage(browser, first);
            }
        }
    }

    private static void signIn(Browser browser) {
        browser.type(By.id("j_username"), "admin");
        browser.type(By.id("j_password"), ThresholdServer.adminPassword());
        browser.driver.findElement(By.id("sign-in")).click();
    }

    private static void assertOnHomePage(Browser browser, String asked) {
        browser.wait.until(d -> d.getCurrentUrl().endsWith("/ui/home.xhtml"));
        browser.waitForText(By.tagName("h1"), "Latest door events");
        assertEquals(1, browser.driver.findElements(By.id("nav")).size(), "the console's navigation, after " + asked);
    }
}
