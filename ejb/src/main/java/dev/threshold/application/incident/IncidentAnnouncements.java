package dev.threshold.application.incident;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.notification.IncidentNotice;
import dev.threshold.application.notification.NotificationService;
import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.incident.IncidentStatus;
import dev.threshold.infrastructure.messaging.SecurityEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Comparator;
import java.util.List;

/**
 * Tells the world about an incident, inside the transaction that changed it: the e-mails about a new one (to the
 * badge holders and the security addresses) and the CloudEvents for SIEMs when it is created, confirmed or dismissed.
 * Both are written as rows and leave after the commit, so they exist if and only if the change does.
 * <p>
 * The incident's {@code data} is version {@value #DATA_VERSION} ({@code dataVersion}): version 2 added
 * {@code doubtful} and {@code needsReview}, and the type {@value SecurityEvents#INCIDENT_CERTAINTY_CHANGED}.
 */
@ApplicationScoped
public class IncidentAnnouncements {

    /** The version of an incident event's {@code data}; raised with each field added. */
    static final int DATA_VERSION = 2;

    @Inject
    NotificationService notifications;

    @Inject
    SecurityEvents securityEvents;

    /** The e-mails about a new incident, held for its review when it is doubtful and its door says so. */
    public void opened(Incident incident) {
        List<IncidentNotice.Person> people = incident.grantEvents().stream()
                .sorted(Comparator.comparing(AccessEvent::createdAt))
                .map(IncidentNotice.Person::vouchedFor)
                .distinct()
                .toList();
        notifications.notifyAbout(
                new IncidentNotice(
                        incident.id(),
                        incident.kind().label(),
                        incident.door().displayName(),
                        incident.windowStart(),
                        incident.windowEnd(),
                        incident.unauthorised(),
                        people,
                        incident.doubtful(),
                        incident.doubtful() && incident.door().holdsDoubtfulEmail()),
                incident.door().lockId());
        securityEvents.publishIncident(
                SecurityEvents.INCIDENT_CREATED,
                incident.id(),
                source(incident),
                data(incident).build());
    }

    /** A review decision: confirmed or dismissed, by whom and why. */
    public void reviewed(Incident incident) {
        String type = incident.status() == IncidentStatus.DISMISSED
                ? SecurityEvents.INCIDENT_DISMISSED
                : SecurityEvents.INCIDENT_CONFIRMED;
        JsonObjectBuilder data = data(incident)
                .add("reviewedBy", incident.reviewedBy())
                .add("reviewedAt", incident.reviewedAt().toString());
        if (incident.reviewReason() != null) {
            data.add("reason", incident.reviewReason());
        }
        securityEvents.publishIncident(type, incident.id(), source(incident), data.build());
    }

    /** Re-judged on later crossings, the incident became doubtful or certain. */
    public void certaintyChanged(Incident incident) {
        securityEvents.publishIncident(
                SecurityEvents.INCIDENT_CERTAINTY_CHANGED,
                incident.id(),
                source(incident),
                data(incident).build());
    }

    private static String source(Incident incident) {
        return "/doors/" + incident.door().lockId();
    }

    private static JsonObjectBuilder data(Incident incident) {
        JsonArrayBuilder grants = JSON.createArrayBuilder();
        incident.grantEvents().stream()
                .sorted(Comparator.comparing(AccessEvent::createdAt))
                .forEach(e -> {
                    JsonObjectBuilder grant = JSON.createObjectBuilder()
                            .add("accessEventId", e.id().toString())
                            .add("at", e.createdAt().toString());
                    if (e.actorId() != null) {
                        grant.add("actorId", e.actorId());
                    }
                    if (e.actorName() != null) {
                        grant.add("actorName", e.actorName());
                    }
                    grants.add(grant);
                });
        JsonArrayBuilder occurrences = JSON.createArrayBuilder();
        incident.occurrences()
                .forEach(o -> occurrences.add(JSON.createObjectBuilder()
                        .add("position", o.position())
                        .add("at", o.occurredAt().toString())
                        .add(
                                "cameraId",
                                o.camera() == null ? "" : o.camera().id().toString())));
        return JSON.createObjectBuilder()
                .add("dataVersion", DATA_VERSION)
                .add("kind", incident.kind().label())
                .add("status", incident.status().name().toLowerCase())
                .add("lockId", incident.door().lockId())
                .add("door", incident.door().displayName())
                .add("windowStart", incident.windowStart().toString())
                .add("windowEnd", incident.windowEnd().toString())
                .add("grants", incident.grants())
                .add("entries", incident.entries())
                .add("unauthorised", incident.unauthorised())
                .add("kisiTailgate", incident.kisiTailgate())
                .add("doubtful", incident.doubtful())
                .add("needsReview", incident.needsReview())
                .add("grantEvents", grants)
                .add("occurrences", occurrences);
    }
}
