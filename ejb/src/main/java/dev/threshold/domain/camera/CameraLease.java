package dev.threshold.domain.camera;

import dev.threshold.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The right of one node to read a camera's stream until a moment: exactly one node reads a camera at a time. The
 * holder renews it before it runs out; anyone may take a lease that has run out (its holder died or lost the
 * database); nobody takes a lease another node still holds. {@link CameraLeaseRepository#take} applies these same
 * rules in one conditional write, so two nodes racing for a camera cannot both win.
 */
public record CameraLease(UUID cameraId, String holder, Instant expiresAt) {

    public CameraLease {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (holder == null || holder.isBlank()) {
            throw new InvalidValueException("holder", "a lease needs the name of the node holding it");
        }
        if (holder.length() > 255) {
            throw new InvalidValueException("holder", "a node name has at most 255 characters");
        }
    }

    /** The lease {@code node} asks for at {@code now}: valid for {@code length} from then. */
    public static CameraLease requested(UUID cameraId, String node, Instant now, Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new InvalidValueException("lease-seconds", "a camera lease must last some time: " + length);
        }
        return new CameraLease(cameraId, node, now.plus(length));
    }

    /** Whether {@code node} holds this lease at {@code now} (and so may read the camera). */
    public boolean heldBy(String node, Instant now) {
        return holder.equals(node) && !expired(now);
    }

    /** Whether {@code node} may take this lease at {@code now}: its own (a renewal), or run out. */
    public boolean mayBeTakenBy(String node, Instant now) {
        return holder.equals(node) || expired(now);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
