package dev.threshold.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Optional;

/**
 * What waits in {@code dead-letters}: jobs (frames, door windows) that failed five times. Nothing reads that queue;
 * an operator must look at why (the server log names the failure) and move or delete the messages. Counted by
 * browsing, which works on the embedded and a remote broker alike, up to {@link #COUNTED} messages.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** Browsing stops here: enough to say "many", cheap enough for every health request. */
    public static final int COUNTED = 1000;

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.DEAD_LETTERS)
    Queue deadLetters;

    /**
     * @param messages    messages waiting, at most {@link #COUNTED}
     * @param atLeast     true when browsing stopped at {@link #COUNTED}: there may be more
     * @param oldestSent  when the oldest waiting message was first sent (JMSTimestamp); empty when none waits
     */
    public record Depth(int messages, boolean atLeast, Optional<Instant> oldestSent) {

        public boolean empty() {
            return messages == 0;
        }

        /** In words, for the health check and the console. */
        public String describe() {
            if (empty()) {
                return "no message waits in dead-letters";
            }
            return (atLeast ? "at least " : "") + messages + (messages == 1 ? " message waits" : " messages wait")
                    + " in dead-letters (jobs that failed 5 times)"
                    + oldestSent.map(t -> ", the oldest sent at " + t).orElse("")
                    + ": see the server log for why, docs/operations.md for what to do";
        }
    }

    /** The queue's depth; empty when the broker does not answer (the broker's health check says why). */
    public Optional<Depth> depth() {
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            int count = 0;
            long oldest = Long.MAX_VALUE;
            while (count < COUNTED && messages.hasMoreElements()) {
                Message message = (Message) messages.nextElement();
                count++;
                long sent = message.getJMSTimestamp();
                if (sent > 0 && sent < oldest) {
                    oldest = sent;
                }
            }
            return Optional.of(new Depth(
                    count,
                    count == COUNTED && messages.hasMoreElements(),
                    oldest == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest))));
        } catch (JMSException | JMSRuntimeException e) {
            return Optional.empty();
        }
    }
}
