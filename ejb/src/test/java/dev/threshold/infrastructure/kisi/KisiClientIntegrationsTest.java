package dev.threshold.infrastructure.kisi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.threshold.infrastructure.kisi.KisiApiException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Setting up Threshold's event webhook in Kisi: create once, update thereafter, never a duplicate. */
class KisiClientIntegrationsTest {

    static final String TOKEN = "tok-3f9a1c-SECRET-77e2";
    static final String KEY = "k3y-5ecret-0a1b2c";
    static final String PUBLIC_URL = "https://threshold.example.com/";
    static final String EVENTS_URL = "https://threshold.example.com/kisi/events";

    @RegisterExtension
    static WireMockExtension kisi = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private KisiClient client() {
        return new KisiClient(KisiConnection.of(TOKEN).withBaseUrl(URI.create(kisi.baseUrl())));
    }

    @Test
    void createsTheWebhookWhenKisiHasNone() {
        // A Slack integration that happens to be called "Threshold" is not ours.
        kisi.stubFor(get(urlPathEqualTo("/integrations")).willReturn(okJson("""
                [{"id":3,"name":"Threshold","type":"slack","enabled":true}]""")));
        kisi.stubFor(post("/integrations").willReturn(okJson("""
                {"id":77,"name":"Threshold","type":"event_webhook","enabled":true}""").withStatus(201)));

        EnsuredIntegration result = client().ensureIntegration(PUBLIC_URL, KEY, ThresholdWebhook.LOCK_EVENTS);

        assertEquals(new EnsuredIntegration("77", EnsuredIntegration.Outcome.CREATED), result);
        kisi.verify(
                1,
                postRequestedFor(urlPathEqualTo("/integrations"))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(
                                equalToJson("""
                        {"integration":{"name":"Threshold","type":"event_webhook","enabled":true,
                         "url":"%s","enabled_events":%s,"signature_key":"%s"}}""".formatted(EVENTS_URL, jsonArray(ThresholdWebhook.LOCK_EVENTS), KEY))));
    }

    @Test
    void updatesThresholdsWebhookInsteadOfAddingASecond() {
        kisi.stubFor(
                get(urlPathEqualTo("/integrations")).willReturn(okJson("""
                [{"id":3,"name":"Slack","type":"slack","enabled":true},
                 {"id":5,"name":"Threshold","type":"event_webhook","enabled":false,
                  "url":"https://old-host.example.com/kisi/events","enabled_events":["lock.unlock"]}]""").withHeader("X-Collection-Range", "0-1/2")));
        kisi.stubFor(patch(urlPathEqualTo("/integrations/5")).willReturn(okJson("{\"id\":5}")));

        EnsuredIntegration result = client().ensureIntegration(PUBLIC_URL, KEY, ThresholdWebhook.LOCK_EVENTS);

        assertEquals(new EnsuredIntegration("5", EnsuredIntegration.Outcome.UPDATED), result);
        assertFalse(result.created());
        kisi.verify(1, patchRequestedFor(urlPathEqualTo("/integrations/5")).withRequestBody(equalToJson("""
                        {"integration":{"name":"Threshold","enabled":true,
                         "url":"%s","enabled_events":%s,"signature_key":"%s"}}""".formatted(
                        EVENTS_URL, jsonArray(ThresholdWebhook.LOCK_EVENTS), KEY))));
        kisi.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void anIntegrationAlreadyPostingToThresholdIsTakenOverWhateverItsName() {
        kisi.stubFor(get(urlPathEqualTo("/integrations")).willReturn(okJson("""
                [{"id":8,"name":"Door events","type":"event_webhook","enabled":true,"url":"%s/"}]""".formatted(EVENTS_URL))));
        kisi.stubFor(
                patch(urlPathEqualTo("/integrations/8")).willReturn(aResponse().withStatus(204)));

        EnsuredIntegration result = client().ensureIntegration(PUBLIC_URL, KEY, ThresholdWebhook.LOCK_EVENTS);

        assertEquals(new EnsuredIntegration("8", EnsuredIntegration.Outcome.UPDATED), result);
        kisi.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void integrationsAreListedWithTheirWebhookSettings() {
        kisi.stubFor(get(urlPathEqualTo("/integrations")).willReturn(okJson("""
                [{"id":5,"name":"Threshold","type":"event_webhook","enabled":true,
                  "url":"https://threshold.example.com/kisi/events","enabled_events":["lock.unlock","lock.opened"]}]""")));

        assertEquals(
                List.of(new KisiIntegration(
                        "5",
                        "Threshold",
                        "event_webhook",
                        "https://threshold.example.com/kisi/events",
                        true,
                        List.of("lock.unlock", "lock.opened"))),
                client().integrations());
    }

    @Test
    void kisisReasonForRefusingIsPassedOnWithoutTheSignatureKey() {
        kisi.stubFor(get(urlPathEqualTo("/integrations")).willReturn(okJson("[]")));
        kisi.stubFor(post("/integrations")
                .willReturn(aResponse()
                        .withStatus(422)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":{\"url\":[\"must use https\"],\"signature_key\":[\"" + KEY
                                + " is too short\"]}}")));

        KisiApiException e = assertThrows(
                KisiApiException.class,
                () -> client().ensureIntegration(PUBLIC_URL, KEY, ThresholdWebhook.LOCK_EVENTS));

        assertEquals(Reason.REJECTED, e.reason());
        assertTrue(
                e.getMessage().startsWith("Kisi refused the request for the new integration \"Threshold\" (HTTP 422)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("must use https"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    }

    @Test
    void aPublicUrlKisiCouldNotPostToIsRefusedBeforeAskingKisi() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> client().ensureIntegration("threshold.local", KEY, ThresholdWebhook.LOCK_EVENTS));

        assertTrue(e.getMessage().contains("http(s) address"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> client().ensureIntegration(PUBLIC_URL, " ", ThresholdWebhook.LOCK_EVENTS));
        kisi.verify(0, anyRequestedFor(anyUrl()));
    }

    private static String jsonArray(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }
}
