package dev.threshold.infrastructure.messaging;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.label.Label;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The CloudEvents of an access event and of a label (docs/siem.md). Their ids are derived from what they report
 * (type and subject), not random: built again when the relay sends a message a second time, after a crash, they
 * carry the same id, so that consumers drop the repeat.
 */
final class AccessEventCloudEvents {

    private AccessEventCloudEvents() {}

    /** {@value SecurityEvents#ACCESS_EVENT_RECEIVED}: Kisi reported an event, stored now. */
    static CloudEvent received(AccessEvent event) {
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("id", event.id().toString())
                .add("kisiUuid", event.kisiUuid())
                .add("eventType", event.type());
        add(data, "success", event.success());
        add(data, "objectType", event.objectType());
        add(data, "objectId", event.objectId());
        add(data, "objectName", event.objectName());
        add(data, "actorType", event.actorType());
        add(data, "actorId", event.actorId());
        add(data, "actorName", event.actorName());
        add(data, "placeId", event.placeId());
        add(data, "organizationId", event.organizationId());
        add(data, "errorCode", event.errorCode());
        add(data, "errorMessage", event.errorMessage());
        data.add("createdAt", event.createdAt().toString())
                .add("receivedAt", event.receivedAt().toString())
                .add("signed", event.signed());
        String subject = event.id().toString();
        return new CloudEvent(
                idOf(SecurityEvents.ACCESS_EVENT_RECEIVED, subject),
                SecurityEvents.ACCESS_EVENT_RECEIVED,
                sourceOf(event),
                subject,
                event.createdAt(),
                data.build());
    }

    /**
     * {@value SecurityEvents#LABEL_CREATED}: a label was put on the timeline (a door event on a camera's video, a
     * person counted crossing a door, a verdict).
     */
    static CloudEvent labelCreated(Label label) {
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("id", label.id().toString())
                .add("name", label.name())
                .add("token", label.token());
        add(data, "actorToken", label.actorToken());
        add(data, "door", label.doorName());
        add(data, "person", label.actorName());
        Camera camera = label.camera();
        if (camera != null) {
            data.add("cameraId", camera.id().toString()).add("camera", camera.name());
        }
        if (label.accessEvent() != null) {
            data.add("accessEventId", label.accessEvent().id().toString());
        }
        if (label.doorCrossing() != null) {
            data.add("doorCrossingId", label.doorCrossing().id().toString());
        }
        if (label.incident() != null) {
            data.add("incidentId", label.incident().id().toString());
        }
        data.add("occurredAt", label.occurredAt().toString());
        String source = camera != null
                ? "/cameras/" + camera.id()
                : label.accessEvent() != null ? sourceOf(label.accessEvent()) : SecurityEvents.SERVER_SOURCE;
        String subject = label.id().toString();
        return new CloudEvent(
                idOf(SecurityEvents.LABEL_CREATED, subject),
                SecurityEvents.LABEL_CREATED,
                source,
                subject,
                label.occurredAt(),
                data.build());
    }

    /** The same for the same type and subject: a name-based UUID. */
    static String idOf(String type, String subject) {
        return UUID.nameUUIDFromBytes((type + "/" + subject).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The door of a lock event, else this server. */
    static String sourceOf(AccessEvent event) {
        boolean lockEvent = event.type() != null && event.type().startsWith("lock.");
        return lockEvent && event.objectId() != null && !event.objectId().isBlank()
                ? "/doors/" + event.objectId().strip()
                : SecurityEvents.SERVER_SOURCE;
    }

    private static void add(JsonObjectBuilder data, String field, String value) {
        if (value != null) {
            data.add(field, value);
        }
    }

    private static void add(JsonObjectBuilder data, String field, Boolean value) {
        if (value != null) {
            data.add(field, value);
        }
    }
}
