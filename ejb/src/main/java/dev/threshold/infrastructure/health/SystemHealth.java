package dev.threshold.infrastructure.health;

import dev.threshold.infrastructure.messaging.DeadLetterQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Checks the database and the message broker the way Threshold uses them: a connection from the application's
 * datasource, and a session on the broker that can see the {@code frames} queue; and says how many failed jobs wait
 * in {@code dead-letters}. Each is asked within a bound of its own ({@link DatabaseProbe}, {@link BrokerProbe}, 3 s
 * each by default), so that a health request answers within seconds even while the database or the broker hangs.
 */
@ApplicationScoped
public class SystemHealth {

    @Inject
    DatabaseProbe database;

    @Inject
    BrokerProbe broker;

    public List<HealthCheck> check() {
        HealthCheck database = this.database.check();
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
}
