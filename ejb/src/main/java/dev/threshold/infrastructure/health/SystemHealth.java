package dev.threshold.infrastructure.health;

import dev.threshold.infrastructure.messaging.DeadLetterQueue;
import dev.threshold.infrastructure.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks the database and the message broker the way Threshold uses them: a connection from the application's
 * datasource, and a session on the broker that can see the {@code frames} queue; and says how many failed jobs wait
 * in {@code dead-letters}.
 */
@ApplicationScoped
public class SystemHealth {

    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.FRAMES)
    Queue frames;

    @Inject
    DeadLetterQueue deadLetters;

    public List<HealthCheck> check() {
        return List.of(database(), broker(), deadLetters());
    }

    /**
     * Failed jobs waiting in dead-letters: a warning in words, never DOWN (a load balancer taking the node away would
     * not handle them; the broker check says whether the broker answers).
     */
    private HealthCheck deadLetters() {
        return deadLetters
                .depth()
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

    private HealthCheck broker() {
        try (JMSContext context = connectionFactory.createContext();
                var browser = context.createBrowser(frames)) {
            browser.getEnumeration();
            return new HealthCheck("broker", true, "queue " + frames.getQueueName() + " reachable");
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            return new HealthCheck("broker", false, "no session: " + e.getMessage());
        }
    }
}
