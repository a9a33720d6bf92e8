package dev.threshold.infrastructure.messaging;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.label.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes security events for SIEMs on the {@code security-events} topic as CloudEvents 1.0 JSON (see
 * docs/siem.md), inside the caller's transaction: each is written to the outbox and relayed right after the commit
 * ({@link OutboxRelay}), so it is published if and only if the change it reports is committed. The source is the
 * door ({@code /doors/<lock id>}) or the camera ({@code /cameras/<id>}) where it happened.
 */
@ApplicationScoped
public class SecurityEvents {

    public static final String ACCESS_EVENT_RECEIVED = "threshold.access-event.received";
    public static final String LABEL_CREATED = "threshold.label.created";
    public static final String INCIDENT_CREATED = "threshold.incident.created";
    public static final String INCIDENT_CONFIRMED = "threshold.incident.confirmed";
    public static final String INCIDENT_DISMISSED = "threshold.incident.dismissed";
    /** Re-judged, an incident now rests on low-confidence crossings only ({@code needsReview}), or no longer does. */
    public static final String INCIDENT_CERTAINTY_CHANGED = "threshold.incident.certainty-changed";
    /** Followed by the audit record's kind, e.g. {@code threshold.audit.account.role-changed}. */
    public static final String AUDIT_TYPE_PREFIX = "threshold.audit.";

    static final Set<String> INCIDENT_TYPES =
            Set.of(INCIDENT_CREATED, INCIDENT_CONFIRMED, INCIDENT_DISMISSED, INCIDENT_CERTAINTY_CHANGED);
    /** Where an event happened when it names no door or camera: this server. */
    static final String SERVER_SOURCE = "/threshold";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Off where no SIEM listens: each webhook event then writes no outbox rows for it. */
    @Inject
    @ConfigProperty(name = "threshold.siem.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    AccessEventReports accessEventReports;

    /**
     * {@value #ACCESS_EVENT_RECEIVED} for each of these events (stored in the caller's transaction) and
     * {@value #LABEL_CREATED} for each of their labels: one small row per event now, the CloudEvents built and sent
     * after the commit ({@link AccessEventReports}). Their labels are not to be published one by one.
     */
    public void accessEventsReceived(List<AccessEvent> events, List<Label> labels) {
        if (enabled) {
            accessEventReports.reportAfterCommit(events, labels);
        }
    }

    /**
     * {@value #LABEL_CREATED}: a label was put on the timeline (a person counted crossing a door, a verdict; the
     * labels of access events leave with their event, {@link #accessEventsReceived}).
     */
    public void labelCreated(Label label) {
        if (enabled) {
            publish(AccessEventCloudEvents.labelCreated(label));
        }
    }

    /**
     * An incident changed: {@value #INCIDENT_CREATED}, {@value #INCIDENT_CONFIRMED}, {@value #INCIDENT_DISMISSED} or
     * {@value #INCIDENT_CERTAINTY_CHANGED}.
     *
     * @param source the door, {@code /doors/<lock id>}
     * @param data what a SIEM needs to know (kind, door, window, tailgaters, who confirmed or dismissed and why)
     */
    public void publishIncident(String type, UUID incidentId, String source, JsonObject data) {
        if (!INCIDENT_TYPES.contains(type)) {
            throw new IllegalArgumentException(
                    "not an incident event type: " + type + " (one of " + INCIDENT_TYPES + ")");
        }
        publish(new CloudEvent(
                UUID.randomUUID().toString(),
                type,
                source,
                incidentId.toString(),
                clock.instant(),
                JSON.createObjectBuilder(data)
                        .add("incidentId", incidentId.toString())
                        .build()));
    }

    /**
     * {@code threshold.audit.<kind>}: an audit record (a sign-in, a change of settings, …), see docs/siem.md.
     *
     * @param data the record as {@code GET /api/audit} shows it, secrets removed
     */
    public void publishAudit(String kind, UUID recordId, java.time.Instant at, JsonObject data) {
        publish(new CloudEvent(
                UUID.randomUUID().toString(), AUDIT_TYPE_PREFIX + kind, SERVER_SOURCE, recordId.toString(), at, data));
    }

    private void publish(CloudEvent event) {
        if (!enabled) {
            return;
        }
        outbox.write(Destinations.SECURITY_EVENTS, null, event.toJson(), null);
    }
}
