package dev.threshold.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else uses the database. Runs at deployment; a failed migration fails
 * the deployment, which is what an operator wants rather than an application running on a half-migrated schema. Nodes
 * that start together wait for the one that migrates ({@link MigrationLockWait}).
 * Other start-up beans declare {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway manages its own transactions per migration
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    private DataSource dataSource;

    /** How long a node waits while another node of the cluster migrates the schema (seconds). */
    @Inject
    @ConfigProperty(name = "threshold.db.migration-wait-seconds", defaultValue = "300")
    long migrationWaitSeconds;

    @PostConstruct
    void migrate() {
        MigrateResult result = MigrationLockWait.migrate(
                () -> SchemaMigrations.configure(dataSource).load().migrate(),
                Duration.ofSeconds(migrationWaitSeconds),
                Clock.systemUTC());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }
}
