package dev.threshold.infrastructure.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the database whether it answers, through the application's own datasource, within
 * {@code threshold.health.database-timeout-seconds} (default 3).
 *
 * <p>Why on a thread of its own ({@link SingleFlight}), as the broker's check: taking a connection can wait far longer
 * than a health request should. The pool hands one out only after validating it, and a PostgreSQL whose host stopped
 * answering (not refusing: a cable pulled, a firewall dropping packets) leaves that validation waiting on the socket;
 * with every connection in use the pool itself waits up to its blocking timeout (30 s). A load balancer polling a
 * hung {@code /health} would pile one HTTP thread per poll onto the node; now one check waits, and requests say DOWN.
 */
@ApplicationScoped
public class DatabaseProbe {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    /** WildFly's default managed thread factory (standalone-full.xml), by its global name. */
    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "threshold.health.database-timeout-seconds", defaultValue = "3")
    long timeoutSeconds;

    private SingleFlight<HealthCheck> flight;

    @PostConstruct
    void start() {
        flight = new SingleFlight<>(this::checkNow, threads, Duration.ofSeconds(timeoutSeconds));
    }

    /** The database's check, within the bound: DOWN when it did not answer in time. */
    public HealthCheck check() {
        return flight.answerOr(reason -> new HealthCheck(
                "database", false, reason + ": the database is unreachable or every connection is in use"));
    }

    private HealthCheck checkNow() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            String product = connection.getMetaData().getDatabaseProductName();
            return new HealthCheck("database", valid, valid ? product : product + " did not answer in time");
        } catch (SQLException | RuntimeException e) {
            return new HealthCheck("database", false, "no connection: " + e.getMessage());
        }
    }
}
