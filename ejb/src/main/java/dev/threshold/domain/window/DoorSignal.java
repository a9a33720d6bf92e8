package dev.threshold.domain.window;

import java.util.Optional;

/** What a Kisi lock event means for the door's observation windows. Other event types mean nothing to them. */
public enum DoorSignal {
    /** A successful lock.unlock: someone was let in. */
    GRANT,
    /** lock.forced_open: the door opened without a grant. */
    FORCED_OPEN,
    /** lock.held_open: the door stays open; the window lasts until it closes. */
    HELD_OPEN,
    /** lock.closed: the door shut; nobody more can walk in on the current window. */
    CLOSED,
    /** lock.locked. */
    LOCKED,
    /** lock.scheduled_unlock_started: the door is open to all by schedule; no verdicts until it ends. */
    SCHEDULE_STARTED,
    /** lock.scheduled_unlock_ended. */
    SCHEDULE_ENDED,
    /** lock.tailgate: Kisi's own tailgating report, kept beside our verdict for comparison. */
    KISI_TAILGATE;

    public static Optional<DoorSignal> of(String kisiType, Boolean success) {
        if (kisiType == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (kisiType) {
                    // Kisi leaves success out of some events; only an explicit false is a refused badge.
                    case "lock.unlock" -> Boolean.FALSE.equals(success) ? null : GRANT;
                    case "lock.forced_open" -> FORCED_OPEN;
                    case "lock.held_open" -> HELD_OPEN;
                    case "lock.closed" -> CLOSED;
                    case "lock.locked" -> LOCKED;
                    case "lock.scheduled_unlock_started" -> SCHEDULE_STARTED;
                    case "lock.scheduled_unlock_ended" -> SCHEDULE_ENDED;
                    case "lock.tailgate" -> KISI_TAILGATE;
                    default -> null;
                });
    }
}
