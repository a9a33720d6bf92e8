package dev.threshold.application.verdict;

import dev.threshold.infrastructure.messaging.DoorReview;
import dev.threshold.infrastructure.messaging.DoorReviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Asks for a door's window to be judged (again) because analysis counted someone going in: a crossing counted after
 * its window was judged (analysis lagging behind) changes the verdict. Sent through the outbox, in the caller's
 * transaction.
 */
@ApplicationScoped
public class EntryReviews {

    @Inject
    DoorReviews doorReviews;

    /** A person counted going in at the door at {@code crossedAt}. */
    public void entryCounted(String lockId, Instant crossedAt) {
        doorReviews.schedule(new DoorReview(lockId, crossedAt, DoorReview.CROSSING));
    }
}
