package dev.threshold.infrastructure.retention;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prunes the database every hour (at minute 23), table by table, batch by batch, until nothing is left past its age
 * or the run's time is up. In a cluster every node runs it: the work is idempotent (a row pruned by one node is
 * simply not found by the other), and a batch that loses a lock race to the other node is rolled back and retried at
 * the next run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseRetention {

    private static final Logger LOG = Logger.getLogger(DatabaseRetention.class.getName());

    @Inject
    RetentionSettings settings;

    @EJB
    RetentionBatch batch;

    @Inject
    Clock clock;

    /** One run at a time on this node: the schedule and a test or an operator asking for one. */
    private final ReentrantLock running = new ReentrantLock();

    @Schedule(minute = "23", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onSchedule() {
        if (running.tryLock()) {
            try {
                run(clock.instant());
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * Prunes now, as the schedule does, as if it were {@code now}.
     *
     * @return rows pruned per table, in the order pruned
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Long> pruneNow(Instant now) {
        running.lock();
        try {
            return run(now);
        } finally {
            running.unlock();
        }
    }

    private Map<String, Long> run(Instant now) {
        Map<String, Long> pruned = new LinkedHashMap<>();
        long deadline = System.nanoTime() + settings.maxRun().toNanos();
        for (RetentionRule rule : settings.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            long count = 0;
            long started = System.nanoTime();
            try {
                int last;
                do {
                    last = batch.prune(rule, now.minus(rule.age()), settings.batchSize());
                    count += last;
                } while (last > 0 && System.nanoTime() < deadline);
            } catch (SQLException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "retention of " + rule.name() + " stopped after " + count
                                + " rows; it goes on at the next run: " + e.getMessage());
            }
            pruned.put(rule.name(), count);
            if (count > 0) {
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                LOG.info("retention: " + count + " rows of " + rule.name() + " older than "
                        + rule.age().toDays() + " days pruned in " + millis + " ms");
            }
        }
        return pruned;
    }
}
