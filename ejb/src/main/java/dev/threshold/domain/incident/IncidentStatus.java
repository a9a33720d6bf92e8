package dev.threshold.domain.incident;

/** Where an incident stands in its review. */
public enum IncidentStatus {
    /** Waiting for review. */
    OPEN,
    /** A reviewer agreed that someone went in unauthorised. */
    CONFIRMED,
    /** A reviewer found no one went in unauthorised (a miscount, a colleague holding a box, ...). */
    DISMISSED,
    /** Nobody reviewed it in time; closed automatically, evidence kept. */
    CLOSED,
    /** Events or crossings that arrived late changed the verdict to "all well". */
    WITHDRAWN;

    public boolean reviewable() {
        return this == OPEN || this == CLOSED;
    }
}
