package dev.threshold.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DoorReviewTest {

    @Test
    void travelsAsVersionedJsonCarryingIdsOnly() {
        DoorReview review = new DoorReview("4711", Instant.parse("2026-11-29T08:00:00Z"), "lock.unlock");
        String json = review.toJson();
        assertTrue(json.startsWith("{\"version\":1,"), json);
        assertEquals(review, DoorReview.fromJson(json));
        assertEquals("door-4711", review.groupId(), "one consumer at a time per door");
    }

    @Test
    void onlyALockEventSchedulesTheEndOfItsWindows() {
        Instant at = Instant.parse("2026-11-29T08:00:00Z");
        assertTrue(new DoorReview("1", at, "lock.held_open").causedByLockEvent());
        assertFalse(new DoorReview("1", at, DoorReview.WINDOW_END).causedByLockEvent());
        assertFalse(new DoorReview("1", at, DoorReview.CROSSING).causedByLockEvent());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> DoorReview.fromJson(
                                "{\"version\":1,\"lockId\":\"1\",\"around\":\"yesterday\",\"cause\":\"lock.unlock\"}"))
                .getMessage()
                .contains("around"));
        assertThrows(IllegalArgumentException.class, () -> DoorReview.fromJson("{\"version\":3}"));
        assertThrows(
                IllegalArgumentException.class,
                () -> DoorReview.fromJson(
                        "{\"version\":1,\"around\":\"2026-11-29T08:00:00Z\",\"cause\":\"lock.unlock\"}"));
    }
}
