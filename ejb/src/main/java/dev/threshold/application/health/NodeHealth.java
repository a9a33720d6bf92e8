package dev.threshold.application.health;

import dev.threshold.failure.Causes;
import dev.threshold.infrastructure.health.SystemHealth;
import dev.threshold.infrastructure.messaging.DeadLetterQueue;
import dev.threshold.infrastructure.messaging.Outbox;
import dev.threshold.infrastructure.persistence.DatabaseFailures;
import dev.threshold.infrastructure.security.SecretsUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The node's health query: the checks of what it depends on, the outbox's backlog and the dead-letter queue's depth,
 * asked of the infrastructure that knows them and answered in the application's records.
 */
@ApplicationScoped
public class NodeHealth {

    /** Dead letters are counted up to this many (the queue is browsed). */
    public static final int DEAD_LETTERS_COUNTED = DeadLetterQueue.COUNTED;

    @Inject
    SystemHealth system;

    @Inject
    Outbox outbox;

    /** Whether a failure says the database cannot be reached (answered 503: retry later), not that a request is bad. */
    public static boolean databaseUnavailable(Throwable failure) {
        return DatabaseFailures.unavailable(failure);
    }

    /**
     * Whether a failure, or one it was caused by, says the stored secrets cannot be opened (the secrets key is missing,
     * unreadable or was changed): answered 503, the server's configuration must be mended.
     */
    public static boolean secretsUnavailable(Throwable failure) {
        return Causes.any(failure, SecretsUnavailableException.class::isInstance);
    }

    /** Database, broker and dead-letters, in that order. */
    public List<DependencyCheck> checks() {
        return system.check().stream()
                .map(check -> new DependencyCheck(check.name(), check.up(), check.detail()))
                .toList();
    }

    /** Messages waiting in the outbox to be relayed to the broker. */
    public long outboxWaiting() {
        return outbox.waiting();
    }

    /** Empty when the broker does not answer within the health check's bound (the broker's check says why). */
    public Optional<DeadLetters> deadLetters() {
        return system.deadLetters()
                .map(depth -> new DeadLetters(depth.messages(), depth.oldestSent(), depth.describe()));
    }
}
