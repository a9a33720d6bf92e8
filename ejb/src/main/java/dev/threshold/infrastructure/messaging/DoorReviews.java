package dev.threshold.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends door reviews to the {@code door-windows} queue.
 * <ul>
 * <li>{@link #schedule}: inside the caller's transaction through the outbox (it leaves for Artemis right after the
 * commit, see {@link OutboxRelay}): the webhook's path, without a two-phase commit per request;</li>
 * <li>{@link #deliverAt}: a delayed message sent in the caller's JTA transaction, for the moment a window ends —
 * windows close on an event, not by polling. Used from the door-windows consumer, whose transaction already
 * spans the broker.</li>
 * </ul>
 */
@ApplicationScoped
public class DoorReviews {

    /** A review is worthless an hour later; an unconsumed one must not wait forever. */
    static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The default (pooled, transactional) connection factory: sends join the caller's JTA transaction. */
    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/door-windows")
    Queue doorWindows;

    public void schedule(DoorReview review) {
        outbox.write(Destinations.DOOR_WINDOWS, review.groupId(), review.toJson(), TIME_TO_LIVE);
    }

    public void deliverAt(DoorReview review, Instant when) {
        long delay = Math.max(0, when.toEpochMilli() - clock.millis());
        try {
            TextMessage message = jms.createTextMessage(review.toJson());
            message.setStringProperty("JMSXGroupID", review.groupId());
            jms.createProducer()
                    .setDeliveryDelay(delay)
                    .setTimeToLive(TIME_TO_LIVE.toMillis() + delay)
                    .send(doorWindows, message);
        } catch (JMSException e) {
            throw new IllegalStateException("could not schedule the review of door " + review.lockId(), e);
        }
    }
}
