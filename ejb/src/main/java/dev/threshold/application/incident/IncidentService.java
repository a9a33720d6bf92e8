package dev.threshold.application.incident;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.audit.AuditedState;
import dev.threshold.application.notification.HeldEmails;
import dev.threshold.domain.incident.DoorReviewRecord;
import dev.threshold.domain.incident.DoorWindowVerdict;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.incident.IncidentFilter;
import dev.threshold.domain.incident.IncidentRepository;
import dev.threshold.domain.incident.IncidentStatus;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/** Lists, opens and reviews incidents (confirm, dismiss), and closes the ones nobody reviewed in time. */
@Stateless
public class IncidentService {

    public static final int MAX_PAGE = 200;
    private static final Logger LOG = Logger.getLogger(IncidentService.class.getName());

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAnnouncements announcements;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    HeldEmails heldEmails;

    @Inject
    IncidentSettings settings;

    @Inject
    IncidentLabelling labelling;

    public record Page(List<IncidentSummary> incidents, long total) {}

    public Page list(IncidentFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        // Counted before listed: two reads, and the analysis may open an incident between them. Listed first, a new
        // incident could be counted but missing from the page ("total":1 with no incident, seen in CI).
        long total = incidents.count(filter);
        int from = Math.max(0, offset);
        List<IncidentSummary> found = incidents.list(filter, from, size).stream()
                .map(IncidentSummary::of)
                .toList();
        return new Page(found, Math.max(total, (long) from + found.size()));
    }

    public Optional<IncidentDetails> open(UUID id) {
        return incidents.find(id).map(this::details);
    }

    /** @throws dev.threshold.domain.incident.IncidentReviewException if the incident cannot be reviewed now */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Optional<IncidentDetails> confirm(UUID id, String reviewer, String reason) {
        return review(id, reviewer, "incident.confirmed", i -> i.confirm(reviewer, reason, clock.instant()));
    }

    /** @throws dev.threshold.domain.incident.IncidentReviewException without a reason, or if already reviewed */
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Optional<IncidentDetails> dismiss(UUID id, String reviewer, String reason) {
        return review(id, reviewer, "incident.dismissed", i -> i.dismiss(reviewer, reason, clock.instant()));
    }

    /** A review, confirm or dismiss: announced, its held e-mails and labels settled, audited under {@code kind}. */
    private Optional<IncidentDetails> review(UUID id, String reviewer, String kind, Consumer<Incident> decision) {
        return incidents.find(id).map(incident -> {
            JsonObject before = AuditedState.incident(incident);
            boolean neededReview = incident.needsReview();
            decision.accept(incident);
            announcements.reviewed(incident);
            afterReviewOfDoubt(incident, neededReview);
            audit.record(reviewer, kind, "incident/" + id, before, AuditedState.incident(incident));
            return details(incident);
        });
    }

    private IncidentDetails details(Incident incident) {
        return IncidentDetails.of(incident, settings.lowConfidence());
    }

    /**
     * A doubtful incident decided: its held e-mails leave when it is confirmed and are dropped when it is dismissed,
     * and its labels lose "needs-review".
     */
    private void afterReviewOfDoubt(Incident incident, boolean neededReview) {
        if (incident.status() == IncidentStatus.CONFIRMED) {
            heldEmails.release(incident.id());
        } else {
            heldEmails.cancel(incident.id());
        }
        if (neededReview && incident.status() != IncidentStatus.WITHDRAWN) {
            labelling.relabel(incident);
        }
    }

    /** Where and when an occurrence of an incident was seen: its camera, the moment, the camera's scene. */
    public record Sighting(UUID cameraId, Instant at, String sceneJson, String frameRef) {}

    /** Empty when there is no such incident or occurrence, or no camera saw it. */
    public Optional<Sighting> sighting(UUID incidentId, int position) {
        return incidents
                .find(incidentId)
                .flatMap(i -> i.occurrences().stream()
                        .filter(o -> o.position() == position)
                        .findFirst())
                .filter(o -> o.camera() != null)
                .map(o -> new Sighting(
                        o.camera().id(),
                        o.occurredAt(),
                        o.camera().sceneJson(),
                        o.crossing() == null ? null : o.crossing().frameRef()));
    }

    /** Per door: incidents, confirmed, dismissed and the share dismissed. */
    public List<DoorReviewRecord> reviewRecords() {
        return incidents.reviewRecords();
    }

    public List<DoorWindowVerdict> latestWindows(String lockId, int limit) {
        return incidents.latestVerdicts(lockId, Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /** Closes open incidents older than the review time (threshold.incidents.auto-close-days), a batch at a time. */
    public int closeUnreviewed() {
        Instant now = clock.instant();
        int closed = 0;
        for (Incident incident : incidents.openCreatedBefore(now.minus(settings.reviewTime()), 500)) {
            if (incident.closeIfUnreviewed(settings.reviewTime(), now)) {
                closed++;
            }
        }
        if (closed > 0) {
            int count = closed;
            LOG.info(() -> count + " incident(s) closed unreviewed after "
                    + settings.reviewTime().toDays() + " days");
        }
        return closed;
    }
}
