package dev.threshold.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Kisi places page in a real browser: an admin adds a place (its secrets shown as "set", never themselves), edits
 * it (a new name and token, the key cleared), tests its connection against Kisi (WireMock standing in, answering
 * that place's token only), sees Kisi's refusal of an integration in words, is refused removing it while it has a
 * door, and removes it. An operator is offered no such page and cannot open it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KisiPlacesBrowserIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NAME = "Harbour office " + RUN;
    private static final String NEW_NAME = "Harbour east " + RUN;
    private static final String ORGANIZATION = "88";
    private static final String PLACE =
            String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private static final String KEY = "it-places-key-" + RUN;
    private static final String TOKEN = "it-places-token-" + RUN;
    private static final String NEW_TOKEN = "it-places-new-token-" + RUN;

    private static WireMockServer kisi;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void kisiAndAFirstPlace() {
        kisi = new WireMockServer(options().port(Integer.getInteger("threshold.it.kisi.port", 9124)));
        kisi.start();
        // Kisi answers the place's new token only, for that place's locks; it refuses it the integrations.
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .withHeader("Authorization", equalTo("KISI-LOGIN " + NEW_TOKEN))
                .withQueryParam("place_id", equalTo(PLACE))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Collection-Range", "0-1/2")
                        .withBody("[{\"id\":6101,\"name\":\"Quay gate\",\"place_id\":" + PLACE + "},"
                                + "{\"id\":6102,\"name\":\"Quay dock\",\"place_id\":" + PLACE + "}]")));
        kisi.stubFor(get(urlPathEqualTo("/integrations"))
                .withHeader("Authorization", equalTo("KISI-LOGIN " + NEW_TOKEN))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"forbidden\"}")));
        assertEquals(
                200,
                asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\",\"placeId\":\"34\","
                                        + "\"publicBaseUrl\":\"https://threshold.it.example.com\"}")
                        .statusCode());
    }

    @AfterAll
    static void stopKisi() {
        kisi.stop();
    }

    @Test
    void anAdminAddsEditsTestsAndRemovesAPlace() {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/settings.xhtml");
            browser.waitFor(By.id("settings:kisiPlaces")).click();
            browser.waitFor(By.id("place:name"));
            assertTrue(browser.driver.getCurrentUrl().contains("kisi-places.xhtml"), browser.driver.getCurrentUrl());

            browser.type(By.id("place:name"), NAME);
            browser.type(By.id("place:organizationId"), ORGANIZATION);
            browser.type(By.id("place:placeId"), PLACE);
            browser.type(By.id("place:signatureKey"), KEY);
            browser.type(By.id("place:apiToken"), TOKEN);
            browser.driver.findElement(By.id("place:save")).click();
            browser.waitForText(By.id("messages"), "Added the place " + NAME + ".");
            assertEquals("set", cell(browser, NAME, "signature-key-state"));
            assertEquals("set", cell(browser, NAME, "api-token-state"));
            assertEquals("0", cell(browser, NAME, "door-count"));
            secretsNeverShown(browser);

            // Edit: a new name and token, the key cleared.
            row(browser, NAME, ":edit").click();
            browser.waitForText(By.id("place"), "Edit " + NAME);
            assertEquals(
                    PLACE, browser.driver.findElement(By.id("place:placeId")).getAttribute("value"));
            assertEquals("", browser.driver.findElement(By.id("place:apiToken")).getAttribute("value"));
            browser.type(By.id("place:name"), NEW_NAME);
            browser.type(By.id("place:apiToken"), NEW_TOKEN);
            browser.driver
                    .findElement(By.cssSelector("#place\\:clearSignatureKey .ui-chkbox-box"))
                    .click();
            browser.driver.findElement(By.id("place:save")).click();
            browser.waitForText(By.id("messages"), "Saved the place " + NEW_NAME + ".");
            assertEquals("not set", cell(browser, NEW_NAME, "signature-key-state"));
            assertEquals("set", cell(browser, NEW_NAME, "api-token-state"));
            browser.waitForText(By.id("place"), "Add a place");
            secretsNeverShown(browser);

            // Test connection, with the place's own (new) token, against the stand-in for Kisi.
            row(browser, NEW_NAME, ":test").click();
            browser.waitForText(By.id("messages"), NEW_NAME + ": Connected to Kisi: place " + PLACE + " has 2 locks.");
            kisi.verify(getRequestedFor(urlPathEqualTo("/locks"))
                    .withQueryParam("place_id", equalTo(PLACE))
                    .withHeader("Authorization", equalTo("KISI-LOGIN " + NEW_TOKEN)));
            // The whole list in the picture (for docs/kisi.md).
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("kisi-places");
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));

            // Kisi refuses the integration: said in words, nothing stored.
            row(browser, NEW_NAME, ":integration").click();
            browser.waitForText(By.id("messages"), NEW_NAME + ": The Kisi user of this API token lacks permission");
            assertEquals("not set", cell(browser, NEW_NAME, "signature-key-state"));

            // A place with a door is not removed.
            String placeId = placeIdNamed(NEW_NAME);
            String lockId =
                    String.valueOf(8_000_000 + ThreadLocalRandom.current().nextInt(1_000_000));
            ThresholdServer.doorWithCamera(lockId, "Quay gate " + RUN, "Quay camera " + RUN);
            assertEquals(
                    200,
                    asAdmin("PUT", "api/doors/" + lockId + "/place", "{\"placeId\":\"" + placeId + "\"}")
                            .statusCode());
            browser.open("ui/kisi-places.xhtml");
            assertEquals("1", cell(browser, NEW_NAME, "door-count"));
            removeAndConfirm(browser, NEW_NAME);
            browser.waitForText(By.id("messages"), NEW_NAME + " still has doors: it is not removed.");
            assertEquals("1", cell(browser, NEW_NAME, "door-count"));

            assertEquals(204, asAdmin("DELETE", "api/doors/" + lockId, null).statusCode());
            browser.open("ui/kisi-places.xhtml");
            removeAndConfirm(browser, NEW_NAME);
            browser.waitForText(By.id("messages"), "Removed the place " + NEW_NAME + ".");
            assertFalse(
                    browser.driver.findElement(By.id("places:list")).getText().contains(NEW_NAME));
            assertEquals(
                    404,
                    asAdmin("GET", "api/settings/kisi/places/" + placeId, null).statusCode());
        }
    }

    @Test
    void anOperatorIsNotOfferedThePlacesNorLetIn() {
        String password = "correct horse battery staple";
        String operator = ThresholdServer.newOperator("places-op-", password);
        try (Browser browser = Browser.start()) {
            browser.signIn(operator, password);
            String navigation = browser.waitFor(By.id("nav")).getText();
            assertFalse(navigation.contains("Kisi places"), navigation);
            browser.open("ui/kisi-places.xhtml");
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertFalse(page.contains("Add a place"), "the places page stays hidden from an operator: " + page);
            assertFalse(page.contains("Signature key"), page);
        }
    }

    private static void secretsNeverShown(Browser browser) {
        browser.open("ui/kisi-places.xhtml");
        String source = browser.driver.getPageSource();
        for (String secret : new String[] {KEY, TOKEN, NEW_TOKEN}) {
            assertFalse(source.contains(secret), "a secret is never rendered back");
        }
    }

    private static void removeAndConfirm(Browser browser, String name) {
        row(browser, name, ":remove").click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
    }

    /** A button of the place's row, by the end of its id. */
    private static org.openqa.selenium.WebElement row(Browser browser, String name, String buttonId) {
        return browser.waitFor(By.xpath(rowXpath(name) + "//button[substring(@id, string-length(@id) - "
                + (buttonId.length() - 1) + ") = '" + buttonId + "']"));
    }

    /** The text of a cell of the place's row, by its span's class, once the row is there. */
    private static String cell(Browser browser, String name, String spanClass) {
        return browser.waitFor(By.xpath(rowXpath(name) + "//span[contains(@class,'" + spanClass + "')]"))
                .getText();
    }

    private static String rowXpath(String name) {
        return "//tr[.//span[@class='place-name' and normalize-space(.)='" + name + "']]";
    }

    private static String placeIdNamed(String name) {
        String list = asAdmin("GET", "api/settings/kisi/places", null).body();
        int at = list.indexOf("\"name\":\"" + name + "\"");
        assertTrue(at > 0, list);
        int idAt = list.lastIndexOf("\"id\":\"", at) + 6;
        return list.substring(idAt, list.indexOf('"', idAt));
    }
}
