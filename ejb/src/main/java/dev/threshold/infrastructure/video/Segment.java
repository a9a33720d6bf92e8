package dev.threshold.infrastructure.video;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One recorded piece of a camera's stream, as written: MPEG-TS holding the camera's own encoded packets.
 * {@code end} is null while the recorder is still writing it.
 */
public record Segment(Path file, Instant start, Instant end, long bytes) {

    public boolean open() {
        return end == null;
    }

    /** Whether it holds video from the span [from, to], counting an open segment as reaching {@code now}. */
    boolean overlaps(Instant from, Instant to, Instant now) {
        Instant last = end == null ? now : end;
        return start.isBefore(to) && last.isAfter(from);
    }
}
