package dev.threshold.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.threshold.infrastructure.security.KisiSignature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Kisi pages in a real browser: an admin saves the settings (secrets never come back to the page), tests the
 * connection, and has Kisi make its integration (picking a door's lock and cameras: {@link DoorMappingBrowserIT}).
 * Kisi's API is a real HTTP server standing in
 * for it (WireMock), at the base URL the test server is started with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KisiConsoleBrowserIT {

    static final String TOKEN = "it-api-token-" + UUID.randomUUID();
    static final String KEY = "it-browser-key-" + UUID.randomUUID();

    static WireMockServer kisi;
    Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void standInForKisi() {
        kisi = new WireMockServer(options().port(Integer.getInteger("threshold.it.kisi.port", 9124)));
        kisi.start();
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Collection-Range", "0-1/2")
                        .withBody("[{\"id\":4711,\"name\":\"Front door\",\"place_id\":34},"
                                + "{\"id\":4712,\"name\":\"Loading dock\",\"place_id\":34}]")));
    }

    @AfterAll
    static void stopKisiAndSetTheTestsKeyAgain() {
        kisi.stop();
        ThresholdServer.asAdmin(
                "PUT",
                "api/settings/kisi",
                "{\"organizationId\":\"12\",\"placeId\":\"34\",\"clearSignatureKey\":true,\"clearApiToken\":true}");
        KisiSigning.restoreTestKey(); // the other tests sign with it
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        browser.signInAsAdmin();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminSavesTheSettingsAndTheSecretsAreNeverShownAgain() {
        browser.open("ui/settings.xhtml");
        browser.type(By.id("settings:organizationId"), "12");
        browser.type(By.id("settings:placeId"), "x y");
        browser.driver.findElement(By.id("settings:save")).click();
        browser.waitForText(By.id("settings"), "Place ID is Kisi's id");

        browser.type(By.id("settings:placeId"), "34");
        browser.type(By.id("settings:publicBaseUrl"), "https://threshold.example.com");
        browser.type(By.id("settings:apiToken"), TOKEN);
        browser.type(By.id("settings:signatureKey"), KEY);
        browser.driver.findElement(By.id("settings:save")).click();
        browser.waitForText(By.id("messages"), "Settings saved.");
        browser.waitForText(By.id("signatureKeyState"), "set");
        assertEquals("set", browser.driver.findElement(By.id("apiTokenState")).getText());
        browser.screenshot("kisi-settings-saved");

        browser.open("ui/settings.xhtml");
        String page = browser.driver.getPageSource();
        assertFalse(page.contains(TOKEN), "the API token is never rendered back");
        assertFalse(page.contains(KEY), "the signature key is never rendered back");
        assertEquals("34", browser.driver.findElement(By.id("settings:placeId")).getAttribute("value"));

        browser.driver.findElement(By.id("settings:testConnection")).click();
        browser.waitForText(By.id("messages"), "Connected to Kisi: place 34 has 2 locks.");
        kisi.verify(getRequestedFor(urlPathEqualTo("/locks"))
                .withHeader("Authorization", WireMock.equalTo("KISI-LOGIN " + TOKEN)));
    }

    @Test
    void createIntegrationMakesKisiPostSignedEventsThatThisServerAccepts() {
        kisi.stubFor(get(urlPathEqualTo("/integrations"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[]")));
        kisi.stubFor(post(urlPathEqualTo("/integrations"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":777,\"name\":\"Threshold\",\"type\":\"event_webhook\"}")));
        ThresholdServer.asAdmin(
                "PUT",
                "api/settings/kisi",
                "{\"organizationId\":\"12\",\"placeId\":\"34\","
                        + "\"publicBaseUrl\":\"https://threshold.example.com\",\"apiToken\":\"" + TOKEN + "\"}");

        browser.open("ui/settings.xhtml");
        browser.waitFor(By.id("settings:createIntegration")).click();
        browser.waitForText(By.id("messages"), "Created the Kisi integration 777");
        browser.waitForText(By.id("signatureKeyState"), "set");

        List<LoggedRequest> posts = kisi.findAll(postRequestedFor(urlPathEqualTo("/integrations")));
        assertEquals(1, posts.size());
        String request = posts.get(0).getBodyAsString();
        assertTrue(request.contains("\"url\":\"https://threshold.example.com/kisi/events\""), request);
        assertTrue(request.contains("\"lock.held_open\""), request);
        Matcher key = Pattern.compile("\"signature_key\":\"([0-9a-f]{64})\"").matcher(request);
        assertTrue(key.find(), request);
        assertFalse(browser.driver.getPageSource().contains(key.group(1)), "the new key is not shown");

        // Kisi now signs with the key it was given: this server accepts exactly those events.
        String event = KisiEvents.unlock(KisiEvents.uniqueUuid(), "Front door", "701", "Signed by Kisi");
        String signature = KisiSignature.sign(event.getBytes(StandardCharsets.UTF_8), key.group(1));
        assertEquals(401, ThresholdServer.postUnsignedEvent(event).statusCode());
        assertEquals(201, ThresholdServer.postSignedEvent(event, signature).statusCode());
    }
}
