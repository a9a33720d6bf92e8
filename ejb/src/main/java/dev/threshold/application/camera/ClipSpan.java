package dev.threshold.application.camera;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.infrastructure.video.ClipCutter;
import java.time.Duration;
import java.time.Instant;

/** What a clip asked for must be: a start, an end after it, at most {@link ClipCutter#MAX_CLIP} apart. */
final class ClipSpan {

    private ClipSpan() {}

    /** @throws InvalidValueException naming {@code from} or {@code to} and what is wrong, in words */
    static void requireValid(Instant from, Instant to) {
        if (from == null) {
            throw new InvalidValueException("from", "the start of the clip is required, e.g. 2026-11-29T08:00:00Z");
        }
        if (to == null) {
            throw new InvalidValueException("to", "the end of the clip is required, e.g. 2026-11-29T08:00:30Z");
        }
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "the end " + to + " is not after the start " + from);
        }
        if (Duration.between(from, to).compareTo(ClipCutter.MAX_CLIP) > 0) {
            throw new InvalidValueException(
                    "to", "clip: at most " + ClipCutter.MAX_CLIP.toMinutes() + " minutes can be cut at once");
        }
    }
}
