package dev.threshold.domain.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where incidents and door window verdicts are kept. */
public interface IncidentRepository {

    void store(Incident incident);

    Optional<Incident> find(UUID id);

    /** Newest window first. */
    List<Incident> list(IncidentFilter filter, int offset, int limit);

    long count(IncidentFilter filter);

    /** Open incidents created before {@code cutoff}: the ones due to close unreviewed. */
    List<Incident> openCreatedBefore(Instant cutoff, int limit);

    List<DoorReviewRecord> reviewRecords();

    /**
     * When unauthorised people crossed a door line on the camera between {@code from} and {@code to}, in time order:
     * the occurrences of incidents that stand (neither withdrawn nor dismissed).
     */
    List<Instant> occurrencesSeenBy(UUID cameraId, Instant from, Instant to);

    void store(DoorWindowVerdict verdict);

    /** The door's judged windows that overlap the time between {@code from} and {@code to}. */
    List<DoorWindowVerdict> verdictsOfDoor(String lockId, Instant from, Instant to);

    /** Forgets the judged windows of a door that is being forgotten (one without incidents). */
    void forgetVerdictsOf(String lockId);

    /** The door's most recent judged windows, newest first; all doors when {@code lockId} is null. */
    List<DoorWindowVerdict> latestVerdicts(String lockId, int limit);
}
