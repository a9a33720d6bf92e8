package dev.threshold.infrastructure.video;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A time during which a camera delivered no video, and why. {@code to} is null while the outage lasts. Analysis and
 * recordings have nothing for this span: an incident inside it must say "camera offline", not "nobody passed".
 */
public record StreamGap(Instant from, Instant to, String reason) {

    public StreamGap {
        Objects.requireNonNull(from, "gap: the start is required");
        Objects.requireNonNull(reason, "gap: the reason is required");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("gap: ends at " + to + " before it starts at " + from);
        }
    }

    public boolean ongoing() {
        return to == null;
    }

    /** The length so far for an ongoing gap. */
    public Duration length(Instant now) {
        return Duration.between(from, to == null ? now : to);
    }

    StreamGap closedAt(Instant end) {
        return new StreamGap(from, end.isBefore(from) ? from : end, reason);
    }
}
