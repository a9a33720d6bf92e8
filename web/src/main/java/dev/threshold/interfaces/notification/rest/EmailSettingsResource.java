package dev.threshold.interfaces.notification.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.notification.EmailDeliveryView;
import dev.threshold.application.notification.EmailPreview;
import dev.threshold.application.notification.EmailSettingsService;
import dev.threshold.application.notification.EmailSettingsView;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/settings/email} (admins only: @RolesAllowed): who is e-mailed about incidents and the
 * template. PUT changes the fields it names and keeps the others; {@code "useDefault": true} puts the default
 * template back. {@code POST …/preview} renders a template (or the saved one) with sample data, saving and sending
 * nothing. {@code GET …/deliveries} lists the e-mails with their state, attempts and last error (a door alert's with
 * its {@code lockId} and {@code alertKind} instead of an {@code incidentId}).
 */
@Path("/api/settings/email")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class EmailSettingsResource {

    @Inject
    EmailSettingsService settings;

    @GET
    public String read() {
        return toJson(settings.currentSettings());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String save(String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.parse(body);
        String by = security.getUserPrincipal().getName();
        boolean useDefault = json.flag("useDefault");
        if (useDefault && (json.has("subjectTemplate") || json.has("bodyTemplate"))) {
            throw JsonBody.invalid("useDefault", "give either useDefault or a template, not both");
        }
        EmailSettingsView current = settings.currentSettings();
        // A template left out is kept; with useDefault both are saved as "default" (null).
        String subject = useDefault
                ? null
                : json.has("subjectTemplate") ? json.text("subjectTemplate") : current.subjectTemplate();
        String bodyTemplate =
                useDefault ? null : json.has("bodyTemplate") ? json.text("bodyTemplate") : current.bodyTemplate();
        return toJson(settings.saveSettings(
                json.has("notifyPeople") ? json.flag("notifyPeople") : current.notifyPeople(),
                json.has("securityAddresses") ? json.texts("securityAddresses") : current.securityAddresses(),
                subject,
                bodyTemplate,
                by));
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public String preview(String body) {
        JsonBody json = body == null || body.isBlank() ? JsonBody.parse("{}") : JsonBody.parse(body);
        EmailPreview email = settings.preview(json.text("subjectTemplate"), json.text("bodyTemplate"));
        return JSON.createObjectBuilder()
                .add("subject", email.subject())
                .add("body", email.body())
                .build()
                .toString();
    }

    @GET
    @Path("/deliveries")
    public String deliveries(
            @QueryParam("incidentId") String incidentId, @QueryParam("limit") @DefaultValue("100") int limit) {
        List<EmailDeliveryView> found;
        if (incidentId != null) {
            try {
                found = settings.deliveriesOf(UUID.fromString(incidentId));
            } catch (IllegalArgumentException e) {
                throw JsonBody.invalid("incidentId", "incidentId must be a UUID");
            }
        } else {
            if (limit < 1 || limit > 500) {
                throw JsonBody.invalid("limit", "limit must be between 1 and 500");
            }
            found = settings.latestDeliveries(limit);
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (EmailDeliveryView d : found) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("id", d.id().toString());
            addText(
                    item,
                    "incidentId",
                    d.incidentId() == null ? null : d.incidentId().toString());
            addText(item, "lockId", d.lockId());
            addText(item, "alertKind", d.alertKind());
            addText(item, "recipientName", d.recipientName());
            addText(item, "recipientEmail", d.recipientEmail());
            addText(item, "kisiUserId", d.kisiUserId());
            item.add("subject", d.subject()).add("state", d.state()).add("attempts", d.attempts());
            addText(item, "lastError", d.lastError());
            addTime(item, "nextAttemptAt", d.nextAttemptAt());
            addTime(item, "createdAt", d.createdAt());
            addTime(item, "sentAt", d.sentAt());
            array.add(item);
        }
        return array.build().toString();
    }

    static String toJson(EmailSettingsView view) {
        JsonArrayBuilder addresses = JSON.createArrayBuilder();
        view.securityAddresses().forEach(addresses::add);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("notifyPeople", view.notifyPeople())
                .add("securityAddresses", addresses)
                .add("subjectTemplate", view.subjectTemplate())
                .add("bodyTemplate", view.bodyTemplate())
                .add("defaultTemplate", view.defaultTemplate());
        addTime(json, "updatedAt", view.updatedAt());
        addText(json, "updatedBy", view.updatedBy());
        return json.build().toString();
    }

    private static void addTime(JsonObjectBuilder json, String field, Instant value) {
        addText(json, field, value == null ? null : value.toString());
    }

    private static void addText(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}
