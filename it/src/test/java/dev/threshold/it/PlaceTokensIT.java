package dev.threshold.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each Kisi place is asked with its own API token. Two places of two organizations, each with a token, and Kisi stood
 * in for by WireMock, which answers each token only for its own place (and names a different person for the same
 * user id in each organization): a tailgating at a door of the second place e-mails the badge holder that the second
 * organization's Kisi names; the lock search and the connection test of a place use that place's token and Kisi id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlaceTokensIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String FIRST_TOKEN = "it-first-place-token-" + RUN;
    private static final String SECOND_TOKEN = "it-second-place-token-" + RUN;
    private static final String SECOND_KEY = "it-second-place-key-" + RUN;
    private static final String SECOND_ORGANIZATION = "77";
    private static final String SECOND_PLACE =
            String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    /** The actor id of {@link KisiEvents#lockEvent}'s events, which carry no e-mail address. */
    private static final String BADGE_USER = "91";

    private static final String SECOND_ORGANIZATIONS_PERSON = "pat.second." + RUN + "@it.example.com";
    private static final String FIRST_ORGANIZATIONS_PERSON = "someone.else." + RUN + "@it.example.com";
    private static final String DOOR = "Second place door " + RUN;

    private static WireMockServer kisi;
    private static String secondPlaceId;
    private static String lockId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void twoPlacesTwoTokensAndKisi() {
        KisiSigning.restoreTestKey();
        TestSmtpServer.start();
        kisi = new WireMockServer(options().port(Integer.getInteger("threshold.it.kisi.port", 9124)));
        kisi.start();
        answerFor(FIRST_TOKEN, "34", "First place lobby", FIRST_ORGANIZATIONS_PERSON);
        answerFor(SECOND_TOKEN, SECOND_PLACE, "Second place dock", SECOND_ORGANIZATIONS_PERSON);

        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\","
                                        + "\"placeId\":\"34\",\"publicBaseUrl\":\"https://threshold.it.example.com\",\"apiToken\":\""
                                        + FIRST_TOKEN + "\"}")
                        .statusCode());
        HttpResponse<String> added = ThresholdServer.asAdmin(
                "POST",
                "api/settings/kisi/places",
                "{\"name\":\"Annex "
                        + RUN + "\",\"organizationId\":\"" + SECOND_ORGANIZATION + "\",\"placeId\":\"" + SECOND_PLACE
                        + "\",\"signatureKey\":\"" + SECOND_KEY + "\",\"apiToken\":\"" + SECOND_TOKEN + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        secondPlaceId = ThresholdServer.firstId(added.body());
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/settings/email",
                                "{\"useDefault\":true,\"notifyPeople\":true,\"securityAddresses\":[]}")
                        .statusCode());
    }

    /** Kisi as one organization's token sees it: its place's locks, and its own person of the badge's user id. */
    private static void answerFor(String token, String placeId, String lockName, String personsAddress) {
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .withHeader("Authorization", equalTo("KISI-LOGIN " + token))
                .withQueryParam("place_id", equalTo(placeId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Collection-Range", "0-0/1")
                        .withBody("[{\"id\":" + (placeId.equals("34") ? 5101 : 5202) + ",\"name\":\"" + lockName
                                + "\",\"place_id\":" + placeId + "}]")));
        kisi.stubFor(get(urlPathEqualTo("/users/" + BADGE_USER))
                .withHeader("Authorization", equalTo("KISI-LOGIN " + token))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"id\":" + BADGE_USER + ",\"name\":\"Pat\",\"email\":\"" + personsAddress + "\"}")));
    }

    @AfterAll
    static void onePlaceAgain() {
        try {
            if (lockId != null) {
                ThresholdServer.asAdmin("PUT", "api/doors/" + lockId + "/place", "{\"placeId\":\"first\"}");
            }
            if (secondPlaceId != null) {
                ThresholdServer.asAdmin("DELETE", "api/settings/kisi/places/" + secondPlaceId, null);
            }
            ThresholdServer.asAdmin(
                    "PUT",
                    "api/settings/kisi",
                    "{\"organizationId\":\"12\",\"placeId\":\"34\",\"clearApiToken\":true}");
            KisiSigning.restoreTestKey();
        } finally {
            TestSmtpServer.stop();
            kisi.stop();
        }
    }

    @Test
    @Order(1)
    void theLockSearchAsksKisiWithTheChosenPlacesToken() {
        HttpResponse<String> second =
                ThresholdServer.asAdmin("GET", "api/kisi/locks?q=dock&place=" + secondPlaceId, null);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("[{\"id\":\"5202\",\"name\":\"Second place dock\"}]", second.body());
        kisi.verify(getRequestedFor(urlPathEqualTo("/locks"))
                .withQueryParam("place_id", equalTo(SECOND_PLACE))
                .withQueryParam("query", equalTo("dock"))
                .withHeader("Authorization", equalTo("KISI-LOGIN " + SECOND_TOKEN)));

        HttpResponse<String> first = ThresholdServer.asAdmin("GET", "api/kisi/locks", null);
        assertEquals("[{\"id\":\"5101\",\"name\":\"First place lobby\"}]", first.body(), "the first place by default");
        assertEquals(
                first.body(),
                ThresholdServer.asAdmin("GET", "api/kisi/locks?place=first", null)
                        .body());

        HttpResponse<String> unknown =
                ThresholdServer.asAdmin("GET", "api/kisi/locks?place=" + UUID.randomUUID(), null);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"place\""), unknown.body());
    }

    @Test
    @Order(2)
    void eachPlacesConnectionIsTestedWithItsOwnToken() {
        HttpResponse<String> tested =
                ThresholdServer.asAdmin("POST", "api/settings/kisi/places/" + secondPlaceId + "/test", null);
        assertEquals(200, tested.statusCode(), tested.body());
        assertTrue(tested.body().contains("\"placeId\":\"" + SECOND_PLACE + "\""), tested.body());
        assertTrue(tested.body().contains("\"lockCount\":1"), tested.body());
        assertFalse(tested.body().contains(SECOND_TOKEN), "the token is never shown");
        kisi.verify(getRequestedFor(urlPathEqualTo("/locks"))
                .withQueryParam("place_id", equalTo(SECOND_PLACE))
                .withQueryParam("limit", equalTo("1"))
                .withHeader("Authorization", equalTo("KISI-LOGIN " + SECOND_TOKEN)));

        HttpResponse<String> first = ThresholdServer.asAdmin("POST", "api/settings/kisi/places/first/test", null);
        assertTrue(first.body().contains("\"placeId\":\"34\""), first.body());
        assertEquals(
                404,
                ThresholdServer.asAdmin("POST", "api/settings/kisi/places/" + UUID.randomUUID() + "/test", null)
                        .statusCode());
    }

    @Test
    @Order(3)
    void aTailgatersAddressIsAskedOfTheKisiOfTheDoorsPlace() throws Exception {
        lockId = String.valueOf(7_000_000 + ThreadLocalRandom.current().nextInt(1_000_000));
        String cameraId = ThresholdServer.doorWithCamera(lockId, DOOR, "Second place camera " + RUN);
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT", "api/doors/" + lockId + "/place", "{\"placeId\":\"" + secondPlaceId + "\"}")
                        .statusCode());
        Instant unlock = KisiEvents.now();
        TestDatabase.storeEntries(cameraId, unlock.plusMillis(2500), unlock.plusMillis(3000));
        // One badge (its event carries no address) and two people in: a tailgating.
        String event = KisiEvents.inPlace(
                KisiEvents.lockEvent(KisiEvents.uniqueUuid(), "lock.unlock", lockId, DOOR, "Pat", unlock),
                SECOND_ORGANIZATION,
                SECOND_PLACE);
        assertEquals(
                201,
                ThresholdServer.postSignedEvent(
                                event, KisiSignature.sign(event.getBytes(StandardCharsets.UTF_8), SECOND_KEY))
                        .statusCode());
        ThresholdServer.awaitOneIncident(lockId, DOOR, Duration.ofSeconds(25));

        MimeMessage toBadgeHolder = TestSmtpServer.awaitMessageTo(SECOND_ORGANIZATIONS_PERSON, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no e-mail to the second organization's person"));
        assertTrue(toBadgeHolder.getSubject().contains(DOOR), toBadgeHolder.getSubject());
        kisi.verify(
                1,
                getRequestedFor(urlPathEqualTo("/users/" + BADGE_USER))
                        .withHeader("Authorization", equalTo("KISI-LOGIN " + SECOND_TOKEN)));
        kisi.verify(
                0,
                getRequestedFor(urlPathEqualTo("/users/" + BADGE_USER))
                        .withHeader("Authorization", equalTo("KISI-LOGIN " + FIRST_TOKEN)));
        assertEquals(
                0,
                TestSmtpServer.messagesTo(FIRST_ORGANIZATIONS_PERSON).size(),
                "the first organization's person of that user id is never e-mailed");
    }

    @Test
    @Order(4)
    void createIntegrationForAPlaceUsesItsTokenAndKeysItsOrganizationsPlaces() {
        kisi.stubFor(get(urlPathEqualTo("/integrations"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[]")));
        kisi.stubFor(post(urlPathEqualTo("/integrations"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":778,\"name\":\"Threshold\",\"type\":\"event_webhook\"}")));
        HttpResponse<String> created =
                ThresholdServer.asAdmin("POST", "api/settings/kisi/places/" + secondPlaceId + "/integration", null);
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"signatureKey\":\"set\""), created.body());
        kisi.verify(
                1,
                postRequestedFor(urlPathEqualTo("/integrations"))
                        .withHeader("Authorization", equalTo("KISI-LOGIN " + SECOND_TOKEN)));

        // The second place now has the new key: its old one signs nothing any more; the first place keeps its own.
        String event = KisiEvents.inPlace(
                KisiEvents.lockEvent(KisiEvents.uniqueUuid(), "lock.unlock", lockId, DOOR, "Pat"),
                SECOND_ORGANIZATION,
                SECOND_PLACE);
        assertEquals(
                401,
                ThresholdServer.postSignedEvent(
                                event, KisiSignature.sign(event.getBytes(StandardCharsets.UTF_8), SECOND_KEY))
                        .statusCode());
        assertEquals(
                201,
                ThresholdServer.postEvent(KisiEvents.lockEvent(
                                KisiEvents.uniqueUuid(), "lock.unlock", lockId + "1", "First place door " + RUN, "Ada"))
                        .statusCode());
    }

    @Test
    @Order(5)
    void aPlaceWithoutATokenIsRefusedInWordsAndNeverAskedWithAnothers() {
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/settings/kisi/places/" + secondPlaceId,
                                "{\"name\":\"Annex " + RUN + "\",\"organizationId\":\"" + SECOND_ORGANIZATION
                                        + "\",\"placeId\":\"" + SECOND_PLACE + "\",\"clearApiToken\":true}")
                        .statusCode());
        kisi.resetRequests();
        HttpResponse<String> refused = ThresholdServer.asAdmin("GET", "api/kisi/locks?place=" + secondPlaceId, null);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"apiToken\""), refused.body());
        assertTrue(refused.body().contains("place Annex " + RUN + " has no API token"), refused.body());
        assertEquals(0, kisi.getAllServeEvents().size(), "no other place's token was tried");
    }
}
