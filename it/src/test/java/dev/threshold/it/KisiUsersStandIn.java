package dev.threshold.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Kisi's {@code GET /users/{id}} stood in for by WireMock, at the base URL the test server calls
 * ({@code threshold.kisi.base-url}). Runs in the test JVM; only client-side code may use it.
 */
final class KisiUsersStandIn {

    private static WireMockServer kisi;

    private KisiUsersStandIn() {}

    static synchronized void start(String userId, String name, String email) {
        kisi = new WireMockServer(options().port(Integer.getInteger("threshold.it.kisi.port", 9124)));
        kisi.start();
        kisi.stubFor(get(urlPathEqualTo("/users/" + userId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":" + userId + ",\"name\":\"" + name + "\",\"email\":\"" + email + "\"}")));
    }

    static synchronized void stop() {
        if (kisi != null) {
            kisi.stop();
            kisi = null;
        }
    }

    static synchronized int requestsFor(String userId) {
        return kisi == null
                ? 0
                : (int) kisi.getAllServeEvents().stream()
                        .filter(e -> e.getRequest().getUrl().startsWith("/users/" + userId))
                        .count();
    }
}
