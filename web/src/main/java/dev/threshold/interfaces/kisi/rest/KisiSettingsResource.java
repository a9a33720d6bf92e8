package dev.threshold.interfaces.kisi.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.SecretChange;
import dev.threshold.application.kisi.KisiSettingsService;
import dev.threshold.application.kisi.KisiSettingsView;
import dev.threshold.application.webhook.WebhookCounters;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/settings/kisi} (admins only: @RolesAllowed): the Kisi settings. Secrets are written, never
 * read back: GET says "set" or "not set"; in PUT a secret field that is absent keeps the stored one, a string replaces
 * it, and {@code "clearSignatureKey": true} / {@code "clearApiToken": true} removes it.
 */
@Path("/api/settings/kisi")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KisiSettingsResource {

    @Inject
    KisiSettingsService settings;

    @Inject
    WebhookCounters counters;

    @GET
    public String read() {
        return toJson(settings.currentSettings());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String save(String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.parse(body);
        return toJson(settings.saveSettings(
                json.text("organizationId"),
                json.text("placeId"),
                json.text("publicBaseUrl"),
                secretChange(json, "signatureKey", "clearSignatureKey"),
                secretChange(json, "apiToken", "clearApiToken"),
                security.getUserPrincipal().getName()));
    }

    @GET
    @Path("/webhook")
    public String webhookCounts() {
        WebhookCounters.Snapshot c = counters.snapshot();
        return JSON.createObjectBuilder()
                .add("stored", c.stored())
                .add("duplicates", c.duplicates())
                .add("storedUnsigned", c.storedUnsigned())
                .add("refusedSignature", c.refusedSignature())
                .add("refusedForeignOrganizationOrPlace", c.refusedForeignOrganizationOrPlace())
                .add("refusedInvalid", c.refusedInvalid())
                .add("refusedOutsideReplayWindow", c.refusedOutsideReplayWindow())
                .build()
                .toString();
    }

    static SecretChange secretChange(JsonBody json, String field, String clearField) {
        boolean clear = json.flag(clearField);
        String value = json.text(field);
        if (clear && value != null) {
            throw JsonBody.invalid(field, "give either a new " + field + " or " + clearField + ", not both");
        }
        if (clear) {
            return SecretChange.CLEAR;
        }
        return value == null ? SecretChange.KEEP : SecretChange.replaceWith(field, value);
    }

    static String toJson(KisiSettingsView view) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("configured", view.configured());
        addText(json, "organizationId", view.organizationId());
        addText(json, "placeId", view.placeId());
        addText(json, "publicBaseUrl", view.publicBaseUrl());
        json.add("signatureKey", view.signatureKeySet() ? "set" : "not set");
        json.add("apiToken", view.apiTokenSet() ? "set" : "not set");
        addText(
                json,
                "updatedAt",
                view.updatedAt() == null ? null : view.updatedAt().toString());
        addText(json, "updatedBy", view.updatedBy());
        return json.build().toString();
    }

    static void addText(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}
