package dev.threshold.domain.incident;

import dev.threshold.domain.door.PlaceSelection;
import java.time.Instant;

/**
 * Which incidents to list; a null field does not filter. Times bound the incident's window start.
 *
 * @param needsReview true: only the doubtful incidents no reviewer decided yet ({@link Incident#needsReview()});
 *                    false: only the others
 * @param place       only the incidents at the doors of this Kisi place
 */
public record IncidentFilter(
        IncidentStatus status,
        IncidentKind kind,
        String lockId,
        Instant from,
        Instant to,
        Boolean needsReview,
        PlaceSelection place) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null);

    public IncidentFilter(IncidentStatus status, IncidentKind kind, String lockId, Instant from, Instant to) {
        this(status, kind, lockId, from, to, null);
    }

    public IncidentFilter(
            IncidentStatus status, IncidentKind kind, String lockId, Instant from, Instant to, Boolean needsReview) {
        this(status, kind, lockId, from, to, needsReview, null);
    }
}
