package dev.threshold.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aFootageFrameNamesItsFootageAndIsAnalysedApartFromTheLiveStream() {
        String camera = "6f1d2c3b-0000-4000-8000-000000000001";
        FrameJob job = new FrameJob(camera, Instant.parse("2026-11-01T10:00:00Z"), "x/1.jpg", "0123456789ab");

        assertEquals(job, FrameJob.fromJson(job.toJson()));
        assertEquals(camera + "-footage-0123456789ab", job.sourceId());
        assertEquals(camera, new FrameJob(camera, Instant.EPOCH, "x/1.jpg").sourceId());
        assertFalse(
                new FrameJob(camera, Instant.EPOCH, "x/1.jpg").toJson().contains("footage"),
                "a live frame's message is as before");
        assertThrows(IllegalArgumentException.class, () -> new FrameJob(camera, Instant.EPOCH, "x", "../../etc"));
    }

    @Test
    void malformedOrForeignMessagesAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FrameJob.fromJson("{\"version\":2}"))
                .getMessage()
                .contains("version"));
        assertThrows(IllegalArgumentException.class, () -> FrameJob.fromJson("not json"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> FrameJob.fromJson(
                                "{\"version\":1,\"cameraId\":5,\"capturedAt\":\"2026-11-29T06:30:00Z\",\"frameRef\":\"f\"}"))
                .getMessage()
                .contains("cameraId"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> FrameJob.fromJson(
                                "{\"version\":1,\"cameraId\":\"c\",\"capturedAt\":\"now\",\"frameRef\":\"f\"}"))
                .getMessage()
                .contains("capturedAt"));
        assertThrows(
                IllegalArgumentException.class,
                () -> FrameJob.fromJson(
                        "{\"version\":1,\"cameraId\":\" \",\"capturedAt\":\"2026-11-29T06:30:00Z\",\"frameRef\":\"f\"}"));
    }
}
