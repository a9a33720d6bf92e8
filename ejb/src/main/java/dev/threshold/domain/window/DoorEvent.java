package dev.threshold.domain.window;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A lock event placed on the video timeline ({@code at}: Kisi's created_at corrected for the measured clock offset).
 * The actor is who was let in, for a grant.
 */
public record DoorEvent(
        UUID eventId, DoorSignal signal, Instant at, String actorId, String actorName, String actorEmail) {

    public DoorEvent {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(at, "at");
    }

    public static DoorEvent of(DoorSignal signal, Instant at) {
        return new DoorEvent(null, signal, at, null, null, null);
    }
}
