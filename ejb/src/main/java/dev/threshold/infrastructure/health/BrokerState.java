package dev.threshold.infrastructure.health;

import dev.threshold.infrastructure.messaging.DeadLetterQueue;
import java.util.Optional;

/**
 * What the broker check found: whether the broker answered, in words an operator can act on, and the depth of
 * {@code dead-letters} (empty when the broker did not answer).
 */
public record BrokerState(boolean reachable, String detail, Optional<DeadLetterQueue.Depth> deadLetters) {

    static BrokerState unreachable(String detail) {
        return new BrokerState(false, detail, Optional.empty());
    }
}
