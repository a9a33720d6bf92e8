package dev.threshold.infrastructure.video;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The recent outages of one stream, the current one last; bounded so a camera that flaps for weeks costs nothing. */
final class OutageLog {

    static final int KEPT = 100;

    private final Deque<StreamGap> gaps = new ArrayDeque<>();

    /** Opens a gap unless one is open already (repeated failed attempts belong to the same outage). */
    synchronized void lost(Instant from, String reason) {
        StreamGap last = gaps.peekLast();
        if (last != null && last.ongoing()) {
            return;
        }
        gaps.addLast(new StreamGap(from, null, reason));
        while (gaps.size() > KEPT) {
            gaps.removeFirst();
        }
    }

    synchronized StreamGap restored(Instant at) {
        StreamGap last = gaps.peekLast();
        if (last == null || !last.ongoing()) {
            return null;
        }
        gaps.removeLast();
        StreamGap closed = last.closedAt(at);
        gaps.addLast(closed);
        return closed;
    }

    synchronized List<StreamGap> snapshot() {
        return new ArrayList<>(gaps);
    }
}
