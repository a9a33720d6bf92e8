package dev.threshold.domain.window;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of time in which people may walk through a door: after one or more grants, or while it was forced open.
 *
 * @param end          when nobody more can walk in on it (a held-open window: at most the door's held-open maximum)
 * @param grants       the grants of the window, in order (none for a forced opening)
 * @param kisiTailgate Kisi reported a tailgate during the window
 */
public record DoorWindow(Kind kind, Instant start, Instant end, List<DoorEvent> grants, boolean kisiTailgate) {

    public enum Kind {
        GRANTED,
        FORCED
    }

    public DoorWindow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        grants = List.copyOf(grants);
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "a door window cannot end (" + end + ") before it starts (" + start + ")");
        }
        if (kind == Kind.GRANTED && grants.isEmpty()) {
            throw new IllegalArgumentException("a granted door window needs at least one grant");
        }
    }

    /** Ended by {@code now}: its verdict can be given. */
    public boolean endedBy(Instant now) {
        return end != null && !end.isAfter(now);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && (end == null || !t.isAfter(end));
    }

    /** How far {@code t} lies outside the window; zero inside it. */
    public long millisOutside(Instant t) {
        if (t.isBefore(start)) {
            return start.toEpochMilli() - t.toEpochMilli();
        }
        return end != null && t.isAfter(end) ? t.toEpochMilli() - end.toEpochMilli() : 0;
    }
}
