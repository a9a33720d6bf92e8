package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postEvent;
import static dev.threshold.it.ThresholdServer.postSignedEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Several Kisi places on the real server: the first place is the tests' settings (organization 12, place 34, the
 * tests' key); a second place of its own with another key is added through the REST API. Events signed with either
 * key are accepted and their new doors join the place whose key signed them; a key of no place, or a place's key on
 * another place's event, is refused; a place with doors cannot be removed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KisiPlacesIT {

    private static final String SECOND_KEY = "it-second-place-key-" + UUID.randomUUID();
    private static final String SECOND_ORGANIZATION = "12";
    private static final String SECOND_PLACE =
            String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private static final String FIRST_LOCK = lockId();
    private static final String SECOND_LOCK = lockId();

    private static String secondPlaceId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void twoPlaces() {
        KisiSigning.restoreTestKey();
        HttpResponse<String> added = asAdmin(
                "POST",
                "api/settings/kisi/places",
                "{\"name\":\"Second place "
                        + SECOND_PLACE + "\",\"organizationId\":\"" + SECOND_ORGANIZATION + "\",\"placeId\":\""
                        + SECOND_PLACE
                        + "\",\"signatureKey\":\"" + SECOND_KEY + "\",\"apiToken\":\"second-token\"}");
        assertEquals(201, added.statusCode(), added.body());
        secondPlaceId = json(added.body()).getString("id");
    }

    /** Whatever failed, the second place goes, so that the other tests meet one place. */
    @AfterAll
    static void onePlaceAgain() {
        if (secondPlaceId != null) {
            asAdmin("PUT", "api/doors/" + SECOND_LOCK + "/place", "{\"placeId\":\"first\"}");
            asAdmin("DELETE", "api/settings/kisi/places/" + secondPlaceId, null);
        }
    }

    @Test
    @Order(1)
    void thePlacesListStartsWithTheSettingsAndNeverShowsAKey() {
        HttpResponse<String> list = asAdmin("GET", "api/settings/kisi/places", null);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray places = Json.createReader(new StringReader(list.body())).readArray();
        JsonObject first = places.getJsonObject(0);
        assertEquals("first", first.getString("id"));
        assertEquals("34", first.getString("placeId"));
        JsonObject second = places.stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("id").equals(secondPlaceId))
                .findFirst()
                .orElseThrow();
        assertEquals(SECOND_PLACE, second.getString("placeId"));
        assertEquals("set", second.getString("signatureKey"));
        assertEquals("set", second.getString("apiToken"));
        assertFalse(
                list.body().contains(SECOND_KEY)
                        || list.body().contains(KisiSigning.KEY)
                        || list.body().contains("second-token"),
                list.body());
    }

    @Test
    @Order(2)
    void anEventSignedWithTheFirstKeyIsTheFirstPlaces() {
        HttpResponse<String> stored = postEvent(KisiEvents.lockEvent(
                KisiEvents.uniqueUuid(), "lock.unlock", FIRST_LOCK, "Places first door " + FIRST_LOCK, "Ada"));
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals("first", placeOf(FIRST_LOCK));
    }

    @Test
    @Order(3)
    void anEventSignedWithTheSecondKeyIsTheSecondPlaces() {
        String body = secondPlaceEvent(SECOND_LOCK);
        HttpResponse<String> stored = postSignedEvent(body, signedWithSecondKey(body));
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals(secondPlaceId, placeOf(SECOND_LOCK));
    }

    @Test
    @Order(4)
    void aPlacesKeyDoesNotVouchForAnotherPlacesEvent() {
        String firstPlaceEvent =
                KisiEvents.lockEvent(KisiEvents.uniqueUuid(), "lock.unlock", lockId(), "Elsewhere", "Eve");
        HttpResponse<String> refused = postSignedEvent(firstPlaceEvent, signedWithSecondKey(firstPlaceEvent));
        assertEquals(403, refused.statusCode(), refused.body());

        String secondPlaceEvent = secondPlaceEvent(lockId());
        assertEquals(403, postEvent(secondPlaceEvent).statusCode(), "the first key signed the second place's event");
    }

    @Test
    @Order(5)
    void aKeyOfNoPlaceIsRefused() {
        String body = secondPlaceEvent(lockId());
        HttpResponse<String> refused =
                postSignedEvent(body, KisiSignature.sign(body.getBytes(StandardCharsets.UTF_8), "a-key-of-no-place"));
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    @Order(6)
    void badPlacesAreRefusedAndNothingIsWritten() {
        HttpResponse<String> sameIds = asAdmin(
                "POST",
                "api/settings/kisi/places",
                "{\"name\":\"Twice " + SECOND_PLACE + "\",\"organizationId\":\"12\",\"placeId\":\"" + SECOND_PLACE
                        + "\"}");
        assertEquals(400, sameIds.statusCode(), sameIds.body());
        assertEquals("placeId", json(sameIds.body()).getString("field"), sameIds.body());
        HttpResponse<String> theFirstAgain = asAdmin(
                "POST",
                "api/settings/kisi/places",
                "{\"name\":\"First again\",\"organizationId\":\"12\",\"placeId\":\"34\"}");
        assertEquals(400, theFirstAgain.statusCode(), theFirstAgain.body());
        HttpResponse<String> noName =
                asAdmin("POST", "api/settings/kisi/places", "{\"organizationId\":\"12\",\"placeId\":\"777\"}");
        assertEquals(400, noName.statusCode(), noName.body());
        assertEquals("name", json(noName.body()).getString("field"), noName.body());
        HttpResponse<String> toNoPlace =
                asAdmin("PUT", "api/doors/" + SECOND_LOCK + "/place", "{\"placeId\":\"" + UUID.randomUUID() + "\"}");
        assertEquals(400, toNoPlace.statusCode(), toNoPlace.body());
        assertEquals(secondPlaceId, placeOf(SECOND_LOCK));
        assertEquals(
                409, asAdmin("DELETE", "api/settings/kisi/places/first", null).statusCode());
    }

    @Test
    @Order(7)
    void searchAndIncidentsNarrowToOnePlace() {
        // This run's doors only: the names carry the lock ids (a kept database holds earlier runs' doors).
        String secondDoor = "\"places second door " + SECOND_LOCK + "\"";
        String firstDoor = "\"places first door " + FIRST_LOCK + "\"";
        JsonArray secondsLabels = labels(secondDoor, secondPlaceId);
        assertFalse(secondsLabels.isEmpty(), "the second place's event is found in its place");
        secondsLabels.forEach(hit ->
                assertTrue(((JsonObject) hit).getString("door").startsWith("Places second door"), hit::toString));
        assertTrue(labels(secondDoor, "first").isEmpty(), "the second place's event in the first");
        assertFalse(labels(firstDoor, "first").isEmpty(), "the first place's event in its place");
        assertTrue(labels(firstDoor, secondPlaceId).isEmpty(), "the first place's event in the second");

        HttpResponse<String> unknown = asAdmin("GET", "api/labels?q=door&place=" + UUID.randomUUID(), null);
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("place", json(unknown.body()).getString("field"));

        HttpResponse<String> incidents = asAdmin("GET", "api/incidents?place=" + secondPlaceId, null);
        assertEquals(200, incidents.statusCode(), incidents.body());
        assertEquals(
                0, json(incidents.body()).getInt("total"), "the second place has no incident: " + incidents.body());
        HttpResponse<String> unknownIncidents = asAdmin("GET", "api/incidents?place=nowhere", null);
        assertEquals(400, unknownIncidents.statusCode(), unknownIncidents.body());
        assertEquals("place", json(unknownIncidents.body()).getString("field"));
    }

    @Test
    @Order(8)
    void theConsoleOffersThePlacesAndNarrowsToOne() {
        HttpClient console = signedInAdmin();
        String secondDoor = URLEncoder.encode("\"places second door " + SECOND_LOCK + "\"", StandardCharsets.UTF_8);
        String inSecond = consolePage(console, "ui/search.xhtml?q=" + secondDoor + "&place=" + secondPlaceId);
        assertTrue(inSecond.contains("<option value=\"" + secondPlaceId + "\" selected=\"selected\">"), inSecond);
        assertFalse(inSecond.contains("No labels match"), "the second place's label is not found in its place");
        String inFirst = consolePage(console, "ui/search.xhtml?q=" + secondDoor + "&place=first");
        assertTrue(inFirst.contains("No labels match"), "the second place's label is found in the first place");
        assertTrue(
                consolePage(console, "ui/incidents.xhtml?place=" + secondPlaceId)
                        .contains("filter:place"),
                "the incidents page offers no place selector");
    }

    @Test
    @Order(9)
    void aPlaceWithDoorsStaysUntilItsDoorsAreMoved() {
        HttpResponse<String> refused = asAdmin("DELETE", "api/settings/kisi/places/" + secondPlaceId, null);
        assertEquals(409, refused.statusCode(), refused.body());

        HttpResponse<String> moved = asAdmin("PUT", "api/doors/" + SECOND_LOCK + "/place", "{\"placeId\":\"first\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(
                204,
                asAdmin("DELETE", "api/settings/kisi/places/" + secondPlaceId, null)
                        .statusCode());
        secondPlaceId = null;

        String body = secondPlaceEvent(lockId());
        assertEquals(
                401,
                postSignedEvent(body, signedWithSecondKey(body)).statusCode(),
                "a removed place's key still signs");
    }

    /** A console session of the admin (form sign-in, as a browser signs in). */
    private static HttpClient signedInAdmin() {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        consolePage(client, "ui/home.xhtml");
        HttpResponse<String> signIn = ThresholdServer.send(
                client,
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                                + URLEncoder.encode(ThresholdServer.adminPassword(), StandardCharsets.UTF_8))));
        assertEquals(302, signIn.statusCode(), signIn.body());
        return client;
    }

    private static String consolePage(HttpClient client, String path) {
        return ThresholdServer.send(
                        client,
                        HttpRequest.newBuilder(ThresholdServer.BASE.resolve(path))
                                .GET())
                .body();
    }

    private static JsonArray labels(String query, String place) {
        HttpResponse<String> found = asAdmin(
                "GET", "api/labels?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&place=" + place, null);
        assertEquals(200, found.statusCode(), found.body());
        return Json.createReader(new StringReader(found.body())).readArray();
    }

    private static String secondPlaceEvent(String lockId) {
        return KisiEvents.inPlace(
                KisiEvents.lockEvent(
                        KisiEvents.uniqueUuid(), "lock.unlock", lockId, "Places second door " + lockId, "Bo"),
                SECOND_ORGANIZATION,
                SECOND_PLACE);
    }

    private static String signedWithSecondKey(String body) {
        return KisiSignature.sign(body.getBytes(StandardCharsets.UTF_8), SECOND_KEY);
    }

    private static String placeOf(String lockId) {
        HttpResponse<String> place = asAdmin("GET", "api/doors/" + lockId + "/place", null);
        assertEquals(200, place.statusCode(), place.body());
        return json(place.body()).getString("placeId");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String lockId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }
}
