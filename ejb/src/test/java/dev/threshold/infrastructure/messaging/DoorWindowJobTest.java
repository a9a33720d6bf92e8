package dev.threshold.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DoorWindowJobTest {

    @Test
    void travelsAsVersionedJsonCarryingIdsOnly() {
        DoorWindowJob job = new DoorWindowJob(UUID.randomUUID(), "4711", "lock.unlock",
                Instant.parse("2026-11-29T08:00:00Z"));
        String json = job.toJson();
        assertTrue(json.startsWith("{\"version\":1,"), json);
        assertEquals(job, DoorWindowJob.fromJson(json));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DoorWindowJob.fromJson(
                        "{\"version\":1,\"accessEventId\":\"nope\",\"lockId\":\"1\",\"eventType\":\"lock.unlock\","
                                + "\"occurredAt\":\"2026-11-29T08:00:00Z\"}"))
                .getMessage().contains("accessEventId"));
        assertThrows(IllegalArgumentException.class, () -> DoorWindowJob.fromJson("{\"version\":3}"));
    }
}
