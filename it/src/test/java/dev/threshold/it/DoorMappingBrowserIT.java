package dev.threshold.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Door mapping without surprises, against the real server: a place with 2,500 locks in Kisi (WireMock standing in,
 * paging and searching as Kisi does) is searched, not read whole; a door's cameras are picked among the cameras that
 * exist; and a camera name that matches no camera is refused rather than made into a new, empty camera.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoorMappingBrowserIT {

    static final int LOCKS = 2_500;
    /** On what would be page 25 of Kisi's list at 100 a page. */
    static final int LATE_LOCK = 2_417;

    static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    static final String DOCK = "Dock camera " + RUN;
    static final String YARD = "Yard camera " + RUN;
    static final String LOBBY = "Lobby camera " + RUN;

    static WireMockServer kisi;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void aPlaceWithThousandsOfLocksAndSomeCameras() {
        kisi = KisiLocksStandIn.start(LOCKS, id -> id == LATE_LOCK ? "Server room " + RUN : "Office door " + id);
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\"," + "\"placeId\":\"34\",\"apiToken\":\"it-door-mapping-"
                                        + RUN + "\"}")
                        .statusCode());
        ThresholdServer.disabledCamera(DOCK);
        ThresholdServer.disabledCamera(YARD);
        ThresholdServer.disabledCamera(LOBBY);
    }

    @AfterAll
    static void stopKisi() {
        kisi.stop();
        ThresholdServer.asAdmin(
                "PUT", "api/settings/kisi", "{\"organizationId\":\"12\",\"placeId\":\"34\",\"clearApiToken\":true}");
    }

    @Test
    void anAdminFindsALockOnALatePageByItsNameAndPicksTheDoorsCameras() {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/doors.xhtml");
            kisi.resetRequests();

            browser.type(By.id("doorForm:kisiLock_input"), "server room");
            By late = By.cssSelector("li.ui-autocomplete-item[data-item-value='" + LATE_LOCK + "']");
            browser.waitForText(late, "Server room " + RUN + " (" + LATE_LOCK + ")");
            browser.driver.findElement(late).click();
            browser.wait.until(d -> String.valueOf(LATE_LOCK)
                    .equals(d.findElement(By.id("doorForm:lockId")).getAttribute("value")));
            assertEquals(
                    "Server room " + RUN,
                    browser.driver.findElement(By.id("doorForm:lockName")).getAttribute("value"));
            // Kisi searched: the page never asked for the place's whole list.
            kisi.verify(getRequestedFor(urlPathEqualTo("/locks")).withQueryParam("query", equalTo("server room")));
            assertTrue(
                    kisi.findAll(getRequestedFor(urlPathEqualTo("/locks"))).size() < 10,
                    "a few searches, not the 25 pages of the whole list");

            browser.driver.findElement(By.id("doorForm:cameras")).click();
            // The filter box narrows the picker to this run's cameras (other tests add theirs to the server).
            browser.type(
                    By.cssSelector("#doorForm\\:cameras_panel .ui-selectcheckboxmenu-filter-container input"), RUN);
            check(browser, DOCK);
            check(browser, YARD);
            browser.screenshot("doors-picker");
            browser.driver
                    .findElement(By.cssSelector("#doorForm\\:cameras_panel .ui-selectcheckboxmenu-close"))
                    .click();
            browser.wait.until(
                    d -> !d.findElement(By.id("doorForm:cameras_panel")).isDisplayed());
            // The door's held-open maximum (docs/verdicts.md): its windows end 45 s after a held-open report.
            var heldOpenMax = browser.driver.findElement(By.id("doorForm:heldOpenMaxSeconds_input"));
            heldOpenMax.sendKeys(Keys.chord(Keys.CONTROL, "a"), "45"); // the spinner keeps its text on clear()
            browser.driver.findElement(By.id("doorForm:saveDoor")).click();
            browser.waitForText(By.id("messages"), "Server room " + RUN + ": " + DOCK + ", " + YARD + ".");
            browser.waitForText(By.id("doorList:doors"), DOCK + ", " + YARD);
            browser.waitForText(By.id("doorList:doors"), "45 s");
        }
        String door =
                ThresholdServer.asAdmin("GET", "api/doors/" + LATE_LOCK, null).body();
        assertTrue(door.contains("\"cameras\":[\"" + DOCK + "\",\"" + YARD + "\"]"), door);
        assertTrue(door.contains("\"heldOpenMaxSeconds\":45"), door);
    }

    /**
     * With a second place, the Doors page offers the place: the lock search then asks Kisi for that place's locks with
     * that place's token, and saving puts the door in it (shown in the list's Place column).
     */
    @Test
    void withTwoPlacesTheDoorsPlaceIsChosenAndItsLocksAreSearchedWithItsToken() {
        String secondToken = "it-door-mapping-second-" + RUN;
        String secondPlace = String.valueOf(600_000 + Math.abs(RUN.hashCode() % 100_000));
        String lock = "1234";
        HttpResponse<String> added = ThresholdServer.asAdmin(
                "POST",
                "api/settings/kisi/places",
                "{\"name\":\"Annex "
                        + RUN + "\",\"organizationId\":\"78\",\"placeId\":\"" + secondPlace + "\",\"apiToken\":\""
                        + secondToken + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        String placeId = ThresholdServer.firstId(added.body());
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/doors.xhtml");
            kisi.resetRequests();
            browser.pick(By.id("doorForm:place"), "Annex " + RUN);
            browser.type(By.id("doorForm:kisiLock_input"), "door " + lock);
            By found = By.cssSelector("li.ui-autocomplete-item[data-item-value='" + lock + "']");
            browser.waitForText(found, "Office door " + lock + " (" + lock + ")");
            browser.driver.findElement(found).click();
            browser.wait.until(
                    d -> lock.equals(d.findElement(By.id("doorForm:lockId")).getAttribute("value")));
            browser.screenshot("doors-place");
            browser.driver.findElement(By.id("doorForm:saveDoor")).click();
            browser.waitForText(By.id("messages"), "Office door " + lock + ": no cameras.");
            browser.waitForText(By.id("doorList:doors"), "Annex " + RUN);
            assertEquals(
                    "",
                    browser.driver.findElement(By.id("doorForm:kisiLock_input")).getAttribute("value"),
                    "the cleared form's search box is empty, not \"()\"");
            kisi.verify(getRequestedFor(urlPathEqualTo("/locks"))
                    .withQueryParam("place_id", equalTo(secondPlace))
                    .withHeader("Authorization", equalTo("KISI-LOGIN " + secondToken)));
            assertTrue(
                    ThresholdServer.asAdmin("GET", "api/doors/" + lock + "/place", null)
                            .body()
                            .contains("\"placeId\":\"" + placeId + "\""),
                    "the door is in the chosen place");
        } finally {
            ThresholdServer.asAdmin("DELETE", "api/doors/" + lock, null);
            ThresholdServer.asAdmin("DELETE", "api/settings/kisi/places/" + placeId, null);
        }
    }

    @Test
    void theSearchBoxSaysHowManyLocksMatchWhenMoreThanItShows() {
        try (Browser browser = Browser.start()) {
            browser.signInAsAdmin();
            browser.open("ui/doors.xhtml");
            browser.type(By.id("doorForm:kisiLock_input"), "office");
            browser.waitForText(By.cssSelector("li.ui-autocomplete-moretext"), "2,499 locks match");
            assertEquals(
                    20,
                    browser.driver
                            .findElements(By.cssSelector("li.ui-autocomplete-item:not(.ui-autocomplete-moretext)"))
                            .size());

            browser.type(By.id("doorForm:kisiLock_input"), "no such lock");
            browser.waitForText(By.cssSelector(".ui-autocomplete-empty-message"), "No lock of this place matches");

            // What Kisi refuses reaches the admin in words, where the page's messages are.
            kisi.stubFor(get(urlPathEqualTo("/locks"))
                    .withQueryParam("query", equalTo("vault"))
                    .atPriority(1)
                    .willReturn(aResponse().withStatus(403)));
            browser.type(By.id("doorForm:kisiLock_input"), "vault");
            browser.waitForText(By.id("messages"), "lacks permission for the locks of place 34 matching \"vault\"");
        }
    }

    @Test
    void theRestApiServesThePlacesLocksPageByPageAndBySearch() {
        HttpResponse<String> last = ThresholdServer.asAdmin("GET", "api/kisi/locks?offset=2400&limit=100", null);
        assertEquals(200, last.statusCode(), last.body());
        assertEquals("2500", last.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(last.body().startsWith("[{\"id\":\"2401\",\"name\":\"Office door 2401\"}"), last.body());
        assertTrue(last.body().endsWith("{\"id\":\"2500\",\"name\":\"Office door 2500\"}]"), last.body());

        HttpResponse<String> found = ThresholdServer.asAdmin("GET", "api/kisi/locks?q=server%20room", null);
        assertEquals("1", found.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals("[{\"id\":\"" + LATE_LOCK + "\",\"name\":\"Server room " + RUN + "\"}]", found.body());

        HttpResponse<String> tooMany = ThresholdServer.asAdmin("GET", "api/kisi/locks?limit=101", null);
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("limit"), tooMany.body());
    }

    @Test
    void mappingADoorToANameOfNoCameraIsRefusedAndChangesNothing() {
        String lockId = String.valueOf(500_000 + Math.abs(RUN.hashCode() % 100_000));
        String typo = "Lobyb camera " + RUN;
        HttpResponse<String> refused = ThresholdServer.asAdmin(
                "PUT",
                "api/doors/" + lockId,
                "{\"name\":\"Side door\",\"cameras\":[\"" + LOBBY + "\",\"" + typo + "\"]}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("No camera is named \\\"" + typo + "\\\""), refused.body());
        assertEquals(
                404, ThresholdServer.asAdmin("GET", "api/doors/" + lockId, null).statusCode(), "no door");
        assertFalse(ThresholdServer.asAdmin("GET", "api/cameras", null).body().contains(typo), "no new camera");

        // A door that exists keeps its cameras when a change names an unknown one.
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/doors/" + lockId,
                                "{\"name\":\"Side door\",\"cameras\":[\"" + LOBBY + "\"]}")
                        .statusCode());
        assertEquals(
                400,
                ThresholdServer.asAdmin(
                                "PUT", "api/doors/" + lockId, "{\"name\":\"Renamed\",\"cameras\":[\"" + typo + "\"]}")
                        .statusCode());
        String door =
                ThresholdServer.asAdmin("GET", "api/doors/" + lockId, null).body();
        assertTrue(door.contains("\"name\":\"Side door\"") && door.contains("\"cameras\":[\"" + LOBBY + "\"]"), door);
        assertEquals(
                204,
                ThresholdServer.asAdmin("DELETE", "api/doors/" + lockId, null).statusCode());
    }

    /** Ticks a camera in the picker as a person does: open it, filter by the name, click the camera. */
    private static void check(Browser browser, String camera) {
        By item = By.xpath("//div[@id='doorForm:cameras_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')"
                + " and normalize-space(.)='" + camera + "']");
        browser.wait.until(d -> {
            if (d.findElements(item).stream().noneMatch(e -> e.isDisplayed())) {
                d.findElement(By.id("doorForm:cameras")).click();
            }
            if (!d.findElement(item).getAttribute("class").contains("ui-selectcheckboxmenu-checked")) {
                d.findElement(item)
                        .findElement(By.cssSelector(".ui-chkbox-box"))
                        .click();
            }
            return d.findElement(item).getAttribute("class").contains("ui-selectcheckboxmenu-checked");
        });
    }
}
