package dev.threshold.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;

/**
 * Puts door window jobs on the {@code door-windows} queue, inside the caller's transaction: the job is sent if and
 * only if the access event that caused it is committed. Jobs of one door share a message group, so one consumer
 * sees them in order.
 */
@ApplicationScoped
public class DoorWindowJobs {

    /** A window's analysis is worthless an hour later; an unconsumed job must not wait forever. */
    static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.DOOR_WINDOWS)
    Queue doorWindows;

    public void schedule(DoorWindowJob job) {
        jms.createProducer()
                .setProperty("JMSXGroupID", "door-" + job.lockId())
                .setTimeToLive(TIME_TO_LIVE.toMillis())
                .send(doorWindows, job.toJson());
    }
}
