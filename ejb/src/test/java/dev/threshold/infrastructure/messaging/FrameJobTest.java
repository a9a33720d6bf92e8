package dev.threshold.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrameJobTest {

    @Test
    void travelsAsVersionedJsonAndComesBackEqual() {
        FrameJob job = new FrameJob("front-door", Instant.parse("2026-11-29T06:30:00.120Z"), "frames/front-door/1.jpg");
        String json = job.toJson();
        assertTrue(json.contains("\"version\":1"), json);
        assertEquals(job, FrameJob.fromJson(json));
    }

    @Test
    void malformedOrForeignMessagesAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FrameJob.fromJson("{\"version\":2}"))
                .getMessage().contains("version"));
        assertThrows(IllegalArgumentException.class, () -> FrameJob.fromJson("not json"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FrameJob.fromJson(
                        "{\"version\":1,\"cameraId\":5,\"capturedAt\":\"2026-11-29T06:30:00Z\",\"frameRef\":\"f\"}"))
                .getMessage().contains("cameraId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FrameJob.fromJson(
                        "{\"version\":1,\"cameraId\":\"c\",\"capturedAt\":\"now\",\"frameRef\":\"f\"}"))
                .getMessage().contains("capturedAt"));
        assertThrows(IllegalArgumentException.class, () -> FrameJob.fromJson(
                "{\"version\":1,\"cameraId\":\" \",\"capturedAt\":\"2026-11-29T06:30:00Z\",\"frameRef\":\"f\"}"));
    }
}
