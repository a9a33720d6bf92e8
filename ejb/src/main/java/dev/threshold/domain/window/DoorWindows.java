package dev.threshold.domain.window;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a door's lock events into observation windows:
 * <ul>
 * <li>a grant opens a window; grants within {@code groupWithin} of the window's last grant join it (a group);</li>
 * <li>the window ends {@code openFor} after its last grant, or earlier at lock.closed, lock.locked or a grant that
 * does not join it;</li>
 * <li>lock.held_open keeps it open, even when it comes after the window had timed out, as long as nothing ended it
 * since, until the earliest of: the door closes (lock.closed, lock.locked, lock.forced_open), the held-open maximum
 * after the report ({@link WindowRules#heldOpenMax()}; Camio's set-up subscribes no closing event, so this is often
 * the only end), or a grant once the door is known closed (it opens the next window);</li>
 * <li>lock.forced_open opens a forced window (no grants: whoever walks in is a forced entry);</li>
 * <li>between lock.scheduled_unlock_started and _ended the door is open to all: no windows, no verdicts.</li>
 * </ul>
 * The events may come in any order (webhooks arrive late); the cut depends only on their timeline times.
 */
public final class DoorWindows {

    private DoorWindows() {}

    public static List<DoorWindow> cut(List<DoorEvent> events, WindowRules rules) {
        List<DoorEvent> ordered = new ArrayList<>(events);
        // Events of the same instant in a fixed order (by signal, then id): judging again must cut the same windows.
        ordered.sort(Comparator.comparing(DoorEvent::at)
                .thenComparing(DoorEvent::signal)
                .thenComparing(DoorEvent::eventId, Comparator.nullsLast(Comparator.naturalOrder())));
        List<DoorWindow> windows = new ArrayList<>();
        OpenWindow current = null;
        boolean scheduled = false;
        for (DoorEvent event : ordered) {
            Instant at = event.at();
            switch (event.signal()) {
                case GRANT -> {
                    if (scheduled) {
                        continue;
                    }
                    if (current != null && current.joins(event, rules)) {
                        current.addGrant(event, rules);
                    } else {
                        finish(current, at, windows);
                        current = OpenWindow.granted(event, rules);
                    }
                }
                case FORCED_OPEN -> {
                    if (scheduled) {
                        continue;
                    }
                    finish(current, at, windows);
                    current = OpenWindow.forced(at, rules);
                }
                case HELD_OPEN -> {
                    if (current != null && !current.endedByEvent) {
                        current.holdOpen(at, rules);
                    }
                }
                case CLOSED, LOCKED -> {
                    if (current != null && !current.endedByEvent) {
                        current.endAt(at);
                    }
                }
                case SCHEDULE_STARTED -> {
                    scheduled = true;
                    if (current != null && !current.endedByEvent) {
                        current.endAt(at);
                    }
                }
                case SCHEDULE_ENDED -> scheduled = false;
                case KISI_TAILGATE -> {
                    if (current != null) {
                        current.kisiTailgate = true;
                    }
                }
            }
        }
        if (current != null) {
            windows.add(current.toWindow());
        }
        return windows;
    }

    private static void finish(OpenWindow window, Instant at, List<DoorWindow> windows) {
        if (window != null) {
            if (!window.endedByEvent) {
                window.endAt(at);
            }
            windows.add(window.toWindow());
        }
    }

    /** The window being built while the events are read. */
    private static final class OpenWindow {
        private final DoorWindow.Kind kind;
        private final Instant start;
        private final List<DoorEvent> grants = new ArrayList<>();
        private Instant end;
        private Instant lastGrant;
        private boolean heldOpen;
        private boolean endedByEvent;
        private boolean kisiTailgate;

        private OpenWindow(DoorWindow.Kind kind, Instant start, Instant end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }

        static OpenWindow granted(DoorEvent grant, WindowRules rules) {
            OpenWindow window = new OpenWindow(DoorWindow.Kind.GRANTED, grant.at(), null);
            window.addGrant(grant, rules);
            return window;
        }

        static OpenWindow forced(Instant at, WindowRules rules) {
            return new OpenWindow(DoorWindow.Kind.FORCED, at, at.plus(rules.openFor()));
        }

        boolean joins(DoorEvent grant, WindowRules rules) {
            if (kind != DoorWindow.Kind.GRANTED || endedByEvent) {
                return false;
            }
            if (heldOpen) {
                // While held open anyone may walk in on the open door; past the maximum it is taken as closed.
                return !grant.at().isAfter(end);
            }
            return !grant.at().isAfter(lastGrant.plus(rules.groupWithin()))
                    && !grant.at().isAfter(end);
        }

        void addGrant(DoorEvent grant, WindowRules rules) {
            grants.add(grant);
            lastGrant = grant.at();
            Instant grantEnd = grant.at().plus(rules.openFor());
            // Held open, a grant only lengthens the window when its own open time outlasts the maximum.
            if (!heldOpen || grantEnd.isAfter(end)) {
                end = grantEnd;
            }
        }

        /** The door is reported held open at {@code at}: the window lasts until it closes, at most the maximum. */
        void holdOpen(Instant at, WindowRules rules) {
            heldOpen = true;
            Instant longest = at.plus(rules.heldOpenMax());
            if (end == null || longest.isAfter(end)) {
                end = longest;
            }
        }

        void endAt(Instant at) {
            if (end == null || end.isAfter(at)) {
                end = at.isBefore(start) ? start : at;
            }
            heldOpen = false;
            endedByEvent = true;
        }

        DoorWindow toWindow() {
            return new DoorWindow(kind, start, end, grants, kisiTailgate);
        }
    }
}
