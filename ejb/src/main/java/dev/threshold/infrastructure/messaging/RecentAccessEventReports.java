package dev.threshold.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The access events this node stored a moment ago, with their labels, until the relay takes them: so that it builds
 * their security events from what the webhook has in memory instead of reading back the rows it has just written (on
 * H2 those two queries were over a third of the relay's time). The database stays the record: the relay locks and
 * deletes the pending rows as before, and reads back whatever is not here (after a restart, another node's events, a
 * batch that rolled back after it took them). They are added before their transaction commits, so the relay, which
 * can lock the rows the moment they commit, finds them; it only looks here for rows it locked, i.e. committed ones.
 * Bounded in number and in age, the oldest dropped first: while the relay is far behind (the broker down) the rows
 * wait in the database, not in the heap, and the report of a transaction that rolled back, or of rows another node
 * relayed, does not stay.
 */
@ApplicationScoped
public class RecentAccessEventReports {

    /** Minutes of a broker outage at the webhook's highest rate would be many more; a normal backlog is a few dozen. */
    static final int CAPACITY = 5_000;

    /** The relay runs within milliseconds of a commit, and every 10 s for leftovers. */
    static final Duration KEPT = Duration.ofSeconds(60);

    private record Kept(AccessEventReport report, long sinceNanos) {}

    private final LinkedHashMap<UUID, Kept> byEventId = new LinkedHashMap<>();

    /** Reports of access events written in a transaction, added before it commits. */
    void add(Collection<AccessEventReport> reports) {
        add(reports, System.nanoTime());
    }

    synchronized void add(Collection<AccessEventReport> reports, long nowNanos) {
        reports.forEach(report -> byEventId.put(report.event().id(), new Kept(report, nowNanos)));
        Iterator<Kept> oldestFirst = byEventId.values().iterator();
        while (oldestFirst.hasNext()) {
            Kept kept = oldestFirst.next();
            if (byEventId.size() <= CAPACITY && nowNanos - kept.sinceNanos() <= KEPT.toNanos()) {
                break;
            }
            oldestFirst.remove();
        }
    }

    /** Those of these events that are here, removed, in a new map: a relay batch takes them once. */
    synchronized Map<UUID, AccessEventReport> take(Collection<UUID> eventIds) {
        Map<UUID, AccessEventReport> taken = new HashMap<>();
        for (UUID id : eventIds) {
            Kept kept = byEventId.remove(id);
            if (kept != null) {
                taken.put(id, kept.report());
            }
        }
        return taken;
    }

    synchronized int size() {
        return byEventId.size();
    }
}
