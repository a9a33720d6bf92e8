package dev.threshold.application.health;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed jobs waiting in the dead-letter queue.
 *
 * @param messages messages waiting, at most {@link NodeHealth#DEAD_LETTERS_COUNTED}
 * @param oldestSent when the oldest waiting message was first sent; empty when none waits
 * @param description in words, for the health check and the console
 */
public record DeadLetters(int messages, Optional<Instant> oldestSent, String description) {

    public boolean empty() {
        return messages == 0;
    }
}
