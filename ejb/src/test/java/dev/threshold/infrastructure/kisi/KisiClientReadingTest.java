package dev.threshold.infrastructure.kisi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.threshold.infrastructure.kisi.KisiApiException.Reason;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading locks and users from a real HTTP server that answers as Kisi does, and the words for its refusals. */
class KisiClientReadingTest {

    static final String TOKEN = "tok-3f9a1c-SECRET-77e2";

    @RegisterExtension
    static WireMockExtension kisi = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private KisiClient client() {
        return new KisiClient(KisiConnection.of(TOKEN).withBaseUrl(URI.create(kisi.baseUrl())));
    }

    @Test
    void everyCallCarriesTheTokenAndAsksForJson() {
        kisi.stubFor(get("/users/7").willReturn(okJson("{\"id\":7,\"name\":\"Ada\",\"email\":\"ada@example.com\"}")));

        client().user("7");

        kisi.verify(
                1,
                getRequestedFor(urlPathEqualTo("/users/7"))
                        .withHeader("Authorization", equalTo("KISI-LOGIN " + TOKEN))
                        .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void aUserComesWithNameAndEmail() {
        kisi.stubFor(get("/users/7")
                .willReturn(okJson(
                        "{\"id\":7,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"confirmed\":true}")));

        assertEquals(new KisiUser("7", "Ada Lovelace", "ada@example.com"), client().user("7"));
    }

    @Test
    void locksAreFollowedAcrossPagesToTheEnd() {
        // Kisi hands out 10 per page although 100 were asked for: the next offset comes from the header.
        stubLockPage(0, "0-9/25", locks(1, 10));
        stubLockPage(10, "10-19/25", locks(11, 20));
        stubLockPage(20, "20-24/25", locks(21, 25));

        List<KisiLock> locks = client().locks("42");

        assertEquals(25, locks.size());
        assertEquals(
                IntStream.rangeClosed(1, 25).mapToObj(String::valueOf).toList(),
                locks.stream().map(KisiLock::id).toList());
        assertEquals(new KisiLock("25", "Door 25", "42"), locks.get(24));
        kisi.verify(3, getRequestedFor(urlPathEqualTo("/locks")).withQueryParam("place_id", equalTo("42")));
    }

    @Test
    void aSearchAsksKisiForOnePageOfTheMatchingLocksAndReadsTheTotal() {
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .withQueryParam("query", equalTo("loading dock"))
                .willReturn(okJson(locks(41, 60)).withHeader("X-Collection-Range", "40-59/75")));

        KisiLockPage page = client().lockPage("42", " loading dock ", 40, 20);

        assertEquals(20, page.locks().size());
        assertEquals(new KisiLock("41", "Door 41", "42"), page.locks().get(0));
        assertEquals(40, page.offset());
        assertEquals(75, page.total());
        kisi.verify(
                1,
                getRequestedFor(urlPathEqualTo("/locks"))
                        .withQueryParam("place_id", equalTo("42"))
                        .withQueryParam("query", equalTo("loading dock"))
                        .withQueryParam("limit", equalTo("20"))
                        .withQueryParam("offset", equalTo("40")));
    }

    @Test
    void withoutASearchThePageIsOfAllLocks() {
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .willReturn(okJson(locks(61, 75)).withHeader("X-Collection-Range", "60-74/75")));

        KisiLockPage page = client().lockPage("42", "", 60, 20);

        assertEquals(15, page.locks().size());
        assertEquals(60, page.offset());
        kisi.verify(getRequestedFor(urlPathEqualTo("/locks"))
                .withQueryParam("query", com.github.tomakehurst.wiremock.client.WireMock.absent()));
    }

    @Test
    void withoutCollectionRangeTheTotalIsUnknown() {
        kisi.stubFor(get(urlPathEqualTo("/locks")).willReturn(okJson(locks(1, 5))));

        KisiLockPage page = client().lockPage("42", "door", 0, 5);

        assertEquals(5, page.locks().size());
        assertEquals(KisiLockPage.UNKNOWN, page.total());
    }

    @Test
    void aPageLargerThanKisiIsAskedForIsRefusedBeforeAnyCall() {
        assertThrows(IllegalArgumentException.class, () -> client().lockPage("42", "", 0, 101));
        assertThrows(IllegalArgumentException.class, () -> client().lockPage("42", "", -1, 10));
        kisi.verify(0, getRequestedFor(urlPathEqualTo("/locks")));
    }

    @Test
    void withoutCollectionRangeTheOnePageIsTheWholeList() {
        kisi.stubFor(get(urlPathEqualTo("/locks")).willReturn(okJson("""
                [{"id":1,"name":"Front door","place":{"id":42,"name":"HQ"}},
                 {"id":2,"name":"Back door","place":{"id":42,"name":"HQ"}}]""")));

        List<KisiLock> locks = client().locks("42");

        assertEquals(List.of(new KisiLock("1", "Front door", "42"), new KisiLock("2", "Back door", "42")), locks);
        kisi.verify(1, getRequestedFor(urlPathEqualTo("/locks")));
    }

    @Test
    void anEmptyCollectionEndsAtOnce() {
        kisi.stubFor(get(urlPathEqualTo("/locks")).willReturn(okJson("[]").withHeader("X-Collection-Range", "*/0")));

        assertEquals(List.of(), client().locks("42"));
        kisi.verify(1, getRequestedFor(urlPathEqualTo("/locks")));
    }

    @Test
    void testConnectionAsksForOneLockAndReportsHowManyThePlaceHas() {
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .willReturn(okJson(locks(1, 1)).withHeader("X-Collection-Range", "0-0/12")));

        KisiConnectionCheck check = client().checkConnection("42");

        assertEquals(12, check.lockCount());
        assertEquals("Connected to Kisi: place 42 has 12 locks.", check.summary());
        kisi.verify(
                1,
                getRequestedFor(urlPathEqualTo("/locks"))
                        .withQueryParam("place_id", equalTo("42"))
                        .withQueryParam("limit", equalTo("1")));
    }

    @Test
    void testConnectionToAPlaceWithoutLocksSaysWhatToCheck() {
        kisi.stubFor(get(urlPathEqualTo("/locks")).willReturn(okJson("[]").withHeader("X-Collection-Range", "*/0")));

        KisiConnectionCheck check = client().checkConnection("999");

        assertEquals(0, check.lockCount());
        assertTrue(check.summary().contains("place id"), check.summary());
    }

    @Test
    void aRefusedTokenIsReportedAsSuch() {
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"000001\",\"error\":\"Unauthorized\"}")));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().checkConnection("42"));

        assertEquals(Reason.TOKEN_REFUSED, e.reason());
        assertEquals(OptionalInt.of(401), e.status());
        assertTrue(
                e.getMessage().startsWith("Kisi refused the API token. Check the token in Settings"), e.getMessage());
    }

    @Test
    void aMissingPermissionNamesWhatWasAskedFor() {
        kisi.stubFor(get(urlPathEqualTo("/locks")).willReturn(aResponse().withStatus(403)));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().locks("42"));

        assertEquals(Reason.FORBIDDEN, e.reason());
        assertTrue(
                e.getMessage()
                        .startsWith("The Kisi user of this API token lacks permission for the locks of place 42."),
                e.getMessage());
    }

    @Test
    void anUnknownUserIsNotFoundByName() {
        kisi.stubFor(get("/users/99").willReturn(aResponse().withStatus(404)));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().user("99"));

        assertEquals(Reason.NOT_FOUND, e.reason());
        assertEquals("Kisi could not find user 99.", e.getMessage());
    }

    @Test
    void malformedJsonIsAnUnexpectedAnswer() {
        kisi.stubFor(get("/users/7").willReturn(okJson("{\"id\":7,\"name\":")));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().user("7"));

        assertEquals(Reason.UNEXPECTED_ANSWER, e.reason());
        assertEquals("Kisi sent an unexpected answer for user 7 (malformed JSON).", e.getMessage());
    }

    /** Nested past the JSON parser's 1,000 levels: Kisi's odd answer, not a failure of ours nor of the caller's. */
    @Test
    void anAnswerNestedTooDeeplyIsAnUnexpectedAnswer() {
        String deep = "{\"id\":7,\"name\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
        kisi.stubFor(get("/users/7").willReturn(okJson(deep)));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().user("7"));

        assertEquals(Reason.UNEXPECTED_ANSWER, e.reason());
        assertEquals("Kisi sent an unexpected answer for user 7 (malformed JSON).", e.getMessage());
    }

    @Test
    void aRefusalWhoseBodyNestsTooDeeplyIsStillNamed() {
        kisi.stubFor(get("/users/99")
                .willReturn(aResponse().withStatus(404).withBody("[".repeat(2_000) + "]".repeat(2_000))));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().user("99"));

        assertEquals(Reason.NOT_FOUND, e.reason());
        assertEquals("Kisi could not find user 99.", e.getMessage());
    }

    @Test
    void aGarbledCollectionRangeIsRefusedRatherThanLosingPages() {
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .willReturn(okJson(locks(1, 10)).withHeader("X-Collection-Range", "items 0 to 9")));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().locks("42"));

        assertEquals(Reason.UNEXPECTED_ANSWER, e.reason());
        assertTrue(e.getMessage().contains("X-Collection-Range"), e.getMessage());
    }

    @Test
    void aClosedPortMeansKisiCannotBeReached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + port);
        KisiClient client = new KisiClient(KisiConnection.of(TOKEN).withBaseUrl(nobody));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client.user("7"));

        assertEquals(Reason.UNREACHABLE, e.reason());
        assertEquals(OptionalInt.empty(), e.status());
        assertTrue(e.getMessage().startsWith("Cannot reach Kisi at " + nobody + "."), e.getMessage());
    }

    @Test
    void theTokenAppearsInNoMessageEvenWhenKisiEchoesIt() {
        String echo = "{\"error\":\"token " + TOKEN + " is not valid for this request\"}";
        for (int status : List.of(400, 401, 403, 404, 422, 500)) {
            kisi.stubFor(get("/users/" + status)
                    .willReturn(aResponse()
                            .withStatus(status)
                            .withHeader("Content-Type", "application/json")
                            .withBody(echo)));
        }
        KisiClient client = client();

        List<String> messages = List.of(400, 401, 403, 404, 422, 500).stream()
                .map(status -> assertThrows(KisiApiException.class, () -> client.user(String.valueOf(status))))
                .map(Throwable::getMessage)
                .collect(Collectors.toList());

        messages.forEach(message -> assertFalse(message.contains(TOKEN), message));
        assertTrue(messages.get(0).contains("token (hidden) is not valid"), messages.get(0));
        assertFalse(client.toString().contains(TOKEN), client.toString());
    }

    private static void stubLockPage(int offset, String range, String body) {
        kisi.stubFor(get(urlPathEqualTo("/locks"))
                .withQueryParam("place_id", equalTo("42"))
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(okJson(body).withHeader("X-Collection-Range", range)));
    }

    private static String locks(int firstId, int lastId) {
        return IntStream.rangeClosed(firstId, lastId)
                .mapToObj(id -> "{\"id\":" + id + ",\"name\":\"Door " + id + "\",\"place_id\":42,\"online\":true}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
