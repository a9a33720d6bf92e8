package dev.threshold.infrastructure.persistence;

import dev.threshold.failure.Causes;
import java.sql.SQLTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Waits for another node that is migrating the schema. Nodes of a cluster that start together on an empty database
 * all try to migrate it; the first holds the schema history table, and on H2 the others' lock waits give up after
 * the database's lock timeout (2 s), long before the first has applied some thirty migrations. A node that timed out
 * on that lock tries again, for up to {@code patience}, and then sees the schema up to date; any other failure, and
 * a lock still held after {@code patience}, fail the deployment as before. (PostgreSQL's advisory lock already waits.)
 */
final class MigrationLockWait {

    private static final Logger LOG = Logger.getLogger(MigrationLockWait.class.getName());
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private MigrationLockWait() {}

    /** Runs {@code migration}, again after a pause each time it timed out on a lock, until {@code patience} is spent. */
    static <T> T migrate(Supplier<T> migration, Duration patience, Clock clock) {
        Instant giveUpAt = clock.instant().plus(patience);
        while (true) {
            try {
                return migration.get();
            } catch (RuntimeException e) {
                if (!timedOutOnLock(e) || !clock.instant().isBefore(giveUpAt)) {
                    throw e;
                }
                LOG.info("Another node holds the schema while it migrates it; trying again in " + PAUSE.toSeconds()
                        + " s (until " + giveUpAt + ")");
                pause();
            }
        }
    }

    /** A lock wait that ran out (H2's "Timeout trying to lock table", SQLSTATE HYT00) anywhere in the causes. */
    static boolean timedOutOnLock(Throwable failure) {
        return Causes.any(failure, SQLTimeoutException.class::isInstance);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another node's schema migration", e);
        }
    }
}
