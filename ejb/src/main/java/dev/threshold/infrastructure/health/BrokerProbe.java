package dev.threshold.infrastructure.health;

import dev.threshold.infrastructure.messaging.DeadLetterQueue;
import dev.threshold.infrastructure.messaging.Destinations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the broker whether it answers, through the connection factory the node's senders use (java:/ConnectionFactory),
 * and counts dead-letters on the way, within {@code threshold.health.broker-timeout-seconds} (default 3).
 *
 * <p>Why on a thread of its own: with a remote broker (use-remote-artemis.cli) the pooled factory's connections
 * reconnect for ever, and a call made on one while the broker is away waits for the reconnection (or for the client's
 * call timeout) instead of failing: the health request that made it hung, and so did every later one, each on an HTTP
 * thread of its own. The check now runs on one managed thread at a time ({@link SingleFlight}); a request waits for
 * it at most the bound and then says the broker is DOWN, and how long the check has waited. The check goes through the
 * senders' own factory on purpose: UP means that the node's connections work again, not merely that some fresh
 * connection could be made, and no further factory with the broker's credentials needs configuring in every mode.
 */
@ApplicationScoped
public class BrokerProbe {

    private static final Logger LOG = Logger.getLogger(BrokerProbe.class.getName());

    /** WildFly's default managed thread factory (standalone-full.xml), by its global name. */
    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.FRAMES)
    Queue frames;

    @Inject
    DeadLetterQueue deadLetters;

    @Inject
    @ConfigProperty(name = "threshold.health.broker-timeout-seconds", defaultValue = "3")
    long timeoutSeconds;

    private SingleFlight<BrokerState> flight;

    @PostConstruct
    void start() {
        flight = new SingleFlight<>(this::timedCheck, threads, Duration.ofSeconds(timeoutSeconds));
    }

    /** The broker's state, within the bound: unreachable when the check did not answer in time. */
    public BrokerState state() {
        return flight.answerOr(reason -> BrokerState.unreachable(
                reason + ": the broker is unreachable or the node's connections to it are reconnecting"));
    }

    /** Says in the log when the check took longer than a request waits for it: how long, and what it found then. */
    private BrokerState timedCheck() {
        long started = System.nanoTime();
        BrokerState state = check();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (took.toSeconds() >= timeoutSeconds) {
            LOG.info(() -> "The broker check answered after " + took.toMillis() + " ms (health requests wait "
                    + timeoutSeconds + " s): " + (state.reachable() ? "UP, " : "DOWN, ") + state.detail());
        }
        return state;
    }

    private BrokerState check() {
        try (JMSContext context = connectionFactory.createContext();
                var browser = context.createBrowser(frames)) {
            browser.getEnumeration();
            String reachable = "queue " + frames.getQueueName() + " reachable";
            return new BrokerState(true, reachable, deadLetters.depth());
        } catch (JMSRuntimeException | JMSException e) {
            return BrokerState.unreachable("no session: " + e.getMessage());
        }
    }
}
