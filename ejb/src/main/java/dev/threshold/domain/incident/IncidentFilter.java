package dev.threshold.domain.incident;

import java.time.Instant;

/** Which incidents to list; a null field does not filter. Times bound the incident's window start. */
public record IncidentFilter(IncidentStatus status, IncidentKind kind, String lockId, Instant from, Instant to) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null);
}
