package dev.threshold.application.incident;

import dev.threshold.domain.incident.Incident;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An incident as a list shows it.
 *
 * @param doubtful    its unauthorised entries rest on low-confidence crossings only
 * @param needsReview doubtful and not decided by a reviewer yet: shown as "needs review", not as certain
 */
public record IncidentSummary(
        UUID id,
        String kind,
        String status,
        String lockId,
        String doorName,
        Instant windowStart,
        Instant windowEnd,
        int grants,
        int entries,
        int unauthorised,
        boolean kisiTailgate,
        Instant createdAt,
        Instant updatedAt,
        boolean doubtful,
        boolean needsReview) {

    /** The incident's clip shows a little before and after its window: who came up to the door, who walked on. */
    static final Duration CLIP_MARGIN = Duration.ofSeconds(3);

    public Instant clipStart() {
        return windowStart.minus(CLIP_MARGIN);
    }

    public Instant clipEnd() {
        return windowEnd.plus(CLIP_MARGIN);
    }

    static IncidentSummary of(Incident incident) {
        return new IncidentSummary(
                incident.id(),
                incident.kind().label(),
                incident.status().name().toLowerCase(),
                incident.door().lockId(),
                incident.door().displayName(),
                incident.windowStart(),
                incident.windowEnd(),
                incident.grants(),
                incident.entries(),
                incident.unauthorised(),
                incident.kisiTailgate(),
                incident.createdAt(),
                incident.updatedAt(),
                incident.doubtful(),
                incident.needsReview());
    }
}
