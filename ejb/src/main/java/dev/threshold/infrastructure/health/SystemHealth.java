package dev.threshold.infrastructure.health;

import dev.threshold.infrastructure.messaging.DeadLetterQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Checks the database and the message broker the way Threshold uses them: a connection from the application's
 * datasource, and a session on the broker that can see the {@code frames} queue; and says how many failed jobs wait
 * in {@code dead-letters}. The broker is asked within a bound ({@link BrokerProbe}), so that a health request answers
 * in a few seconds even while the broker is away.
 */
@ApplicationScoped
public class SystemHealth {

    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    @Inject
    BrokerProbe broker;

    public List<HealthCheck> check() {
        HealthCheck database = database();
        BrokerState state = broker.state();
        return List.of(database, new HealthCheck("broker", state.reachable(), state.detail()), deadLetters(state));
    }

    /** The depth of dead-letters; empty when the broker does not answer within the bound. */
    public Optional<DeadLetterQueue.Depth> deadLetters() {
        return broker.state().deadLetters();
    }

    /**
     * Failed jobs waiting in dead-letters: a warning in words, never DOWN (a load balancer taking the node away would
     * not handle them; the broker check says whether the broker answers).
     */
    private static HealthCheck deadLetters(BrokerState broker) {
        return broker.deadLetters()
                .map(depth ->
                        new HealthCheck("dead-letters", true, (depth.empty() ? "" : "warning: ") + depth.describe()))
                .orElseGet(() -> new HealthCheck("dead-letters", true, "unknown: the broker did not answer"));
    }

    private HealthCheck database() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(DATABASE_TIMEOUT_SECONDS);
            String product = connection.getMetaData().getDatabaseProductName();
            return new HealthCheck("database", valid, valid ? product : product + " did not answer in time");
        } catch (SQLException | RuntimeException e) {
            return new HealthCheck("database", false, "no connection: " + e.getMessage());
        }
    }
}
