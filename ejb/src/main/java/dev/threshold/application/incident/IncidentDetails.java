package dev.threshold.application.incident;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.incident.IncidentOccurrence;
import dev.threshold.domain.window.LowConfidence;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An incident opened for review: its summary, one occurrence per unauthorised person, the grants of its window
 * (who let them in), the door's cameras (whose video holds the evidence) and the review so far.
 */
public record IncidentDetails(
        IncidentSummary summary,
        List<Occurrence> occurrences,
        List<Grant> grants,
        List<CameraRef> cameras,
        String reviewedBy,
        String reviewReason,
        Instant reviewedAt) {

    /**
     * @param confidence the counted crossing's confidence, null when no crossing is known
     * @param doubtful   its confidence is below {@code threshold.counting.low-confidence}
     */
    public record Occurrence(
            int position,
            Instant at,
            UUID cameraId,
            String cameraName,
            UUID crossingId,
            Double confidence,
            boolean doubtful) {}

    public record Grant(UUID accessEventId, Instant at, String actorId, String actorName, String actorEmail) {}

    public record CameraRef(UUID id, String name) {}

    static IncidentDetails of(Incident incident, LowConfidence low) {
        List<Occurrence> occurrences =
                incident.occurrences().stream().map(o -> occurrence(o, low)).toList();
        List<Grant> grants = incident.grantEvents().stream()
                .sorted(Comparator.comparing(AccessEvent::createdAt))
                .map(e -> new Grant(e.id(), e.createdAt(), e.actorId(), e.actorName(), e.actorEmail()))
                .toList();
        List<CameraRef> cameras = incident.door().cameras().stream()
                .sorted(Comparator.comparing(Camera::name))
                .map(c -> new CameraRef(c.id(), c.name()))
                .toList();
        return new IncidentDetails(
                IncidentSummary.of(incident),
                occurrences,
                grants,
                cameras,
                incident.reviewedBy(),
                incident.reviewReason(),
                incident.reviewedAt());
    }

    private static Occurrence occurrence(IncidentOccurrence o, LowConfidence low) {
        Camera camera = o.camera();
        DoorCrossing crossing = o.crossing();
        return new Occurrence(
                o.position(),
                o.occurredAt(),
                camera == null ? null : camera.id(),
                camera == null ? null : camera.name(),
                crossing == null ? null : crossing.id(),
                crossing == null ? null : crossing.confidence(),
                crossing != null && low.isLow(crossing.confidence()));
    }
}
