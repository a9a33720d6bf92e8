package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Two nodes start on one database: while one holds the schema history (migrating), the other's migration times out on
 * H2's lock and, with {@link MigrationLockWait}, tries again until the first is done, instead of failing to deploy.
 */
class MigrationLockWaitTest {

    @Test
    void aNodeWaitsForAnotherNodesMigrationAndThenFindsTheSchemaUpToDate() throws Exception {
        JdbcDataSource database = migratedWithShortLockTimeout("wait");
        try (Connection otherNode = database.getConnection()) {
            holdSchemaHistory(otherNode);
            CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS).execute(() -> commit(otherNode));

            MigrateResult result = MigrationLockWait.migrate(
                    () -> SchemaMigrations.configure(database).load().migrate(),
                    Duration.ofSeconds(30),
                    Clock.systemUTC());

            assertEquals(0, result.migrationsExecuted, "the other node had migrated it all");
        }
    }

    @Test
    void aLockHeldLongerThanThePatienceStillFailsTheDeployment() throws Exception {
        JdbcDataSource database = migratedWithShortLockTimeout("stuck");
        try (Connection otherNode = database.getConnection()) {
            holdSchemaHistory(otherNode);
            RuntimeException failure = assertThrows(
                    RuntimeException.class,
                    () -> MigrationLockWait.migrate(
                            () -> SchemaMigrations.configure(database).load().migrate(),
                            Duration.ofSeconds(2),
                            Clock.systemUTC()));
            assertTrue(MigrationLockWait.timedOutOnLock(failure), failure.toString());
            otherNode.rollback();
        }
    }

    @Test
    void anyOtherFailureIsNotWaitedFor() {
        int[] attempts = {0};
        IllegalStateException broken = new IllegalStateException("V99 has a syntax error");
        assertThrows(
                IllegalStateException.class,
                () -> MigrationLockWait.migrate(
                        () -> {
                            attempts[0]++;
                            throw broken;
                        },
                        Duration.ofSeconds(30),
                        Clock.systemUTC()));
        assertEquals(1, attempts[0]);
    }

    private static JdbcDataSource migratedWithShortLockTimeout(String name) {
        return H2TestDatabase.migrated("jdbc:h2:mem:migration-lock-" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=300");
    }

    /** What a migrating node does: the schema history's rows locked in an open transaction. */
    private static void holdSchemaHistory(Connection node) throws SQLException {
        node.setAutoCommit(false);
        try (Statement lock = node.createStatement()) {
            lock.execute("SELECT * FROM \"flyway_schema_history\" FOR UPDATE");
        }
    }

    private static void commit(Connection node) {
        try {
            node.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
