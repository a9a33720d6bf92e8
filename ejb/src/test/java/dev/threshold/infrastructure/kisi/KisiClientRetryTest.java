package dev.threshold.infrastructure.kisi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.threshold.infrastructure.kisi.KisiApiException.Reason;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rate limits, retries and time-outs, against a real HTTP server; the waits are real, so they are kept short. */
class KisiClientRetryTest {

    static final String TOKEN = "tok-3f9a1c-SECRET-77e2";
    static final String USER = "{\"id\":7,\"name\":\"Ada\",\"email\":\"ada@example.com\"}";
    static final String WEBHOOK = "https://threshold.example.com";

    @RegisterExtension
    static WireMockExtension kisi = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private KisiClient client() {
        return new KisiClient(KisiConnection.of(TOKEN).withBaseUrl(URI.create(kisi.baseUrl())));
    }

    @Test
    void a429WithRetryAfterIsWaitedOutAndThenSucceeds() {
        kisi.stubFor(get("/users/7")
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        kisi.stubFor(
                get("/users/7").inScenario("busy").whenScenarioStateIs("calm").willReturn(okJson(USER)));

        assertEquals("ada@example.com", client().user("7").email());

        List<Long> times = requestTimes();
        assertEquals(2, times.size());
        long waited = times.get(1) - times.get(0);
        assertTrue(waited >= 950, "waited only " + waited + " ms of the 1 s Kisi asked for");
    }

    @Test
    void a429ThatNeverEndsGivesUpWithTheRateLimitInWords() {
        kisi.stubFor(get("/users/7").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

        long started = System.nanoTime();
        KisiApiException e = assertThrows(KisiApiException.class, () -> client().user("7"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(Reason.RATE_LIMITED, e.reason());
        assertEquals(OptionalInt.of(429), e.status());
        assertTrue(
                e.getMessage().contains("rate limit") && e.getMessage().contains("Try again later."), e.getMessage());
        kisi.verify(RetryPolicy.MAX_ATTEMPTS, getRequestedFor(urlPathEqualTo("/users/7")));
        assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "took " + took);
    }

    @Test
    void aRetryAfterLongerThanAnyoneWaitsGivesUpAtOnce() {
        kisi.stubFor(get("/users/7").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        long started = System.nanoTime();
        KisiApiException e = assertThrows(KisiApiException.class, () -> client().user("7"));

        assertEquals(Reason.RATE_LIMITED, e.reason());
        assertTrue(e.getMessage().contains("asks to wait 3600 s"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000);
        kisi.verify(1, getRequestedFor(urlPathEqualTo("/users/7")));
    }

    @Test
    void a429OnAPostIsRetriedBecauseKisiDidNotProcessIt() {
        kisi.stubFor(post("/integrations")
                .inScenario("busy")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("calm"));
        kisi.stubFor(post("/integrations")
                .inScenario("busy")
                .whenScenarioStateIs("calm")
                .willReturn(okJson("{\"id\":77,\"name\":\"Threshold\"}").withStatus(201)));

        assertEquals("77", client().createIntegration(WEBHOOK, "k3y-5ecret", ThresholdWebhook.LOCK_EVENTS));
        kisi.verify(2, postRequestedFor(urlPathEqualTo("/integrations")));
    }

    @Test
    void aGetIsRetriedAfter503WithBackOff() {
        kisi.stubFor(get("/users/7")
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        kisi.stubFor(
                get("/users/7").inScenario("flaky").whenScenarioStateIs("up").willReturn(okJson(USER)));

        assertEquals("Ada", client().user("7").name());

        List<Long> times = requestTimes();
        assertEquals(2, times.size());
        assertTrue(times.get(1) - times.get(0) >= RetryPolicy.FIRST_BACKOFF.toMillis() - 50);
    }

    @Test
    void aGetThatStaysUnavailableGivesUpWithTheStatus() {
        // Retry-After: 0 keeps the test fast; the number of attempts is what is bounded here.
        kisi.stubFor(get("/users/7").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

        KisiApiException e = assertThrows(KisiApiException.class, () -> client().user("7"));

        assertEquals(Reason.UNAVAILABLE, e.reason());
        assertEquals("Kisi is unavailable at the moment (HTTP 503). Try again later.", e.getMessage());
        kisi.verify(RetryPolicy.MAX_ATTEMPTS, getRequestedFor(urlPathEqualTo("/users/7")));
    }

    @Test
    void aPostIsNeverRepeatedAfterA5xxSinceKisiMayHaveAppliedIt() {
        kisi.stubFor(post("/integrations").willReturn(aResponse().withStatus(500)));

        KisiApiException e = assertThrows(
                KisiApiException.class,
                () -> client().createIntegration(WEBHOOK, "k3y-5ecret", ThresholdWebhook.LOCK_EVENTS));

        assertEquals(Reason.UNAVAILABLE, e.reason());
        assertEquals(OptionalInt.of(500), e.status());
        kisi.verify(1, postRequestedFor(urlPathEqualTo("/integrations")));
    }

    @Test
    void aPatchIsNeverRepeatedAfterA503() {
        kisi.stubFor(
                patch(urlPathEqualTo("/integrations/5")).willReturn(aResponse().withStatus(503)));

        assertThrows(
                KisiApiException.class,
                () -> client().updateIntegration("5", WEBHOOK, "k3y-5ecret", ThresholdWebhook.LOCK_EVENTS));

        kisi.verify(1, patchRequestedFor(urlPathEqualTo("/integrations/5")));
    }

    @Test
    void aSlowAnswerTimesOutWithTheTimeOutInWords() {
        kisi.stubFor(get("/users/7").willReturn(okJson(USER).withFixedDelay(1500)));
        KisiClient client = new KisiClient(
                KisiConnection.of(TOKEN).withBaseUrl(URI.create(kisi.baseUrl())).withTimeout(Duration.ofMillis(300)));

        long started = System.nanoTime();
        KisiApiException e = assertThrows(KisiApiException.class, () -> client.user("7"));

        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals("Kisi did not answer within 0.3 s.", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1200, "a time-out is not retried");
    }

    @Test
    void noMoreThanFiveRequestsStartInAnySecondEvenFromManyThreads() throws Exception {
        kisi.stubFor(get("/users/7").willReturn(okJson(USER)));
        KisiClient client = client();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<KisiUser>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(threads.submit(() -> client.user("7")));
            }
            for (Future<KisiUser> call : calls) {
                assertEquals("Ada", call.get().name());
            }
        } finally {
            threads.shutdownNow();
        }

        List<Long> times = requestTimes();
        assertEquals(10, times.size());
        // The client spaces them 1.1 s per five; the stand-in's receipt times carry the machine's scheduling jitter
        // (up to ~0.2 s on a busy 2-core machine). Unpaced, all ten would arrive within a few milliseconds.
        for (int i = 5; i < times.size(); i++) {
            long window = times.get(i) - times.get(i - 5);
            assertTrue(window >= 850, "requests " + (i - 5) + " to " + i + " started within " + window + " ms");
        }
    }

    /** When the server received each request, in milliseconds, oldest first. */
    private static List<Long> requestTimes() {
        return kisi.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().getTime())
                .sorted()
                .toList();
    }
}
