package dev.threshold.application.audit;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.notification.EmailSettings;
import dev.threshold.domain.settings.KisiPlace;
import dev.threshold.domain.settings.KisiSettings;
import dev.threshold.domain.user.UserAccount;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What the audit trail keeps of each audited thing, before and after a change: the fields a reviewer needs, with
 * secrets as their state (a camera's credentials "set", a signature key "changed") and stream URLs masked as
 * everywhere else they are shown ({@link StreamSource#displayed}). Null in, null out (nothing before a creation).
 */
public final class AuditedState {

    private AuditedState() {}

    public static JsonObject account(UserAccount account) {
        return account == null
                ? null
                : JSON.createObjectBuilder()
                        .add("username", account.username())
                        .add("role", account.role().name())
                        .build();
    }

    /** @param signatureKey, apiToken what the save did to each secret ({@link SecretChange#KEEP} for none) */
    public static JsonObject kisi(KisiSettings s, SecretChange signatureKey, SecretChange apiToken) {
        if (s == null) {
            return null;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        text(json, "organizationId", s.organizationId());
        text(json, "placeId", s.placeId());
        text(json, "publicBaseUrl", s.publicBaseUrl());
        return json.add("signatureKey", AuditValues.secretState(signatureKey, s.hasSignatureKey()))
                .add("apiToken", AuditValues.secretState(apiToken, s.hasApiToken()))
                .build();
    }

    /** A further Kisi place: as {@link #kisi}, with its name; secrets only as their state. */
    public static JsonObject kisiPlace(KisiPlace p, SecretChange signatureKey, SecretChange apiToken) {
        if (p == null) {
            return null;
        }
        return JSON.createObjectBuilder()
                .add("name", p.name())
                .add("organizationId", p.organizationId())
                .add("placeId", p.placeId())
                .add("signatureKey", AuditValues.secretState(signatureKey, p.hasSignatureKey()))
                .add("apiToken", AuditValues.secretState(apiToken, p.hasApiToken()))
                .build();
    }

    /** Templates as "default" or their length: a reviewer sees that one changed; the text is in the settings. */
    public static JsonObject email(EmailSettings s) {
        if (s == null) {
            return null;
        }
        JsonArrayBuilder addresses = JSON.createArrayBuilder();
        s.securityAddresses().forEach(addresses::add);
        return JSON.createObjectBuilder()
                .add("notifyPeople", s.notifyPeople())
                .add("securityAddresses", addresses)
                .add("subjectTemplate", template(s.subjectTemplate()))
                .add("bodyTemplate", template(s.bodyTemplate()))
                .build();
    }

    public static JsonObject door(Door door) {
        if (door == null) {
            return null;
        }
        JsonArrayBuilder cameras = JSON.createArrayBuilder();
        door.cameras().stream().map(Camera::name).sorted().forEach(cameras::add);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("lockId", door.lockId());
        text(json, "name", door.name());
        return json.add("cameras", cameras)
                .add("holdDoubtfulEmail", door.holdsDoubtfulEmail())
                .add("heldOpenMaxSeconds", door.heldOpenMaxSeconds())
                .build();
    }

    /** @param credentials what happened to the credentials: "changed", "cleared", or null for their state */
    public static JsonObject camera(Camera camera, String credentials) {
        if (camera == null) {
            return null;
        }
        JsonObjectBuilder json =
                JSON.createObjectBuilder().add("id", camera.id().toString()).add("name", camera.name());
        text(json, "streamUrl", camera.streamUrl() == null ? null : StreamSource.displayed(camera.streamUrl()));
        return json.add("analysisFps", camera.analysisFps())
                .add("enabled", camera.enabled())
                .add(
                        "credentials",
                        credentials != null ? credentials : AuditValues.secretState(camera.hasCredentials()))
                .add("scene", camera.sceneJson() == null ? "none" : "placed")
                .build();
    }

    public static JsonObject incident(Incident incident) {
        // as the REST API and the console say it ("open", "confirmed")
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("status", incident.status().name().toLowerCase(java.util.Locale.ROOT));
        text(json, "reviewedBy", incident.reviewedBy());
        text(json, "reason", incident.reviewReason());
        return json.build();
    }

    private static String template(String custom) {
        return custom == null ? "default" : "custom, " + custom.length() + " characters";
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
