package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.StreamGap;
import java.time.Instant;

/**
 * A time during which a camera delivered no video, and why; {@code to} is null while the outage lasts. Analysis and
 * recordings have nothing for this span.
 */
public record VideoGap(Instant from, Instant to, String reason) {

    static VideoGap of(StreamGap gap) {
        return new VideoGap(gap.from(), gap.to(), gap.reason());
    }
}
