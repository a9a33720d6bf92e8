package dev.threshold.infrastructure.messaging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Locks the oldest rows of a relay's table, a batch at a time, at a cost that does not grow with the backlog. One
 * locked {@code order by … fetch first n rows only} cost H2 time in proportion to the whole table (it reads and locks
 * every row before the limit: 1.7 ms at 100 waiting rows, 119 ms at 50,000, 385 ms at 200,000), so once a burst had
 * left a backlog the relay sent less than the webhook stored and never caught up. So the lock is bounded: the key of
 * the {@code 2 × batch}-th oldest row is read first, without a lock (an index walk of that many entries), and the
 * locked select takes only rows up to it. Twice the batch, so that on PostgreSQL a second node, skipping the rows
 * another one holds (SKIP LOCKED, from the lock time-out -2), still finds a batch of its own; H2 waits for them
 * instead, then finds them gone. Bounded by a key, not by a list of ids: one statement text, prepared once.
 *
 * <p>The bound is taken only while there is a backlog, that is after a lock that filled a batch: in the relay's normal
 * case (fewer rows than a batch, every 20 ms under load) the one unbounded statement reads no more than the bounded
 * one would, and the boundary query would be a second round trip for nothing. A burst thus pays for one unbounded
 * lock of its backlog, then relays it at the bounded cost.
 */
public final class OldestRowsLock<T> {

    private final Class<T> type;
    private final String boundary;
    private final String lockAll;
    private final String lockUpTo;
    private final int batch;

    /** Whether the last lock filled a batch; shared by the relay's runs, which are one at a time on a node. */
    private volatile boolean backlog;

    /**
     * @param type the entity of the relay's table
     * @param key the attribute that orders it, oldest first (indexed)
     * @param batch the most rows locked at a time
     */
    public OldestRowsLock(Class<T> type, String key, int batch) {
        this.type = type;
        String entity = type.getSimpleName();
        this.boundary = "select r." + key + " from " + entity + " r order by r." + key;
        this.lockAll = "select r from " + entity + " r order by r." + key;
        this.lockUpTo = "select r from " + entity + " r where r." + key + " <= :last order by r." + key;
        this.batch = batch;
    }

    /**
     * @return up to a batch of the oldest rows, locked by this transaction; rows another transaction holds or has
     *     deleted since are not among them
     */
    public List<T> lock(EntityManager em) {
        List<?> last = backlog
                ? em.createQuery(boundary)
                        .setFirstResult(2 * batch - 1)
                        .setMaxResults(1)
                        .getResultList()
                : List.of();
        // No backlog, or fewer rows than that: the unbounded select reads no more than the bounded one would.
        TypedQuery<T> locked = last.isEmpty()
                ? em.createQuery(lockAll, type)
                : em.createQuery(lockUpTo, type).setParameter("last", last.get(0));
        List<T> rows = locked.setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(batch)
                .getResultList();
        backlog = rows.size() == batch;
        return rows;
    }
}
