package dev.threshold.infrastructure.messaging;

import static dev.threshold.infrastructure.JsonApi.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A frame of a camera to analyse, as carried on the {@code frames} queue: JSON, versioned, holding ids and a
 * reference to the frame, never the objects themselves.
 * <pre>{"version":1,"cameraId":"front-door","capturedAt":"2026-11-29T06:30:00.120Z","frameRef":"frames/front-door/1.jpg"}</pre>
 */
public record FrameJob(String cameraId, Instant capturedAt, String frameRef) {

    public static final int VERSION = 1;
    private static final String KIND = "frame job";

    public FrameJob {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IllegalArgumentException("frame job: cameraId is required");
        }
        Objects.requireNonNull(capturedAt, "frame job: capturedAt is required");
        if (frameRef == null || frameRef.isBlank()) {
            throw new IllegalArgumentException("frame job: frameRef is required");
        }
    }

    public String toJson() {
        return JSON.createObjectBuilder()
                .add("version", VERSION)
                .add("cameraId", cameraId)
                .add("capturedAt", capturedAt.toString())
                .add("frameRef", frameRef)
                .build()
                .toString();
    }

    /** Reads a message body; anything malformed or of another version is refused with the reason. */
    public static FrameJob fromJson(String json) {
        JsonObject object = JsonMessages.read(json, KIND, VERSION);
        return new FrameJob(JsonMessages.text(object, KIND, "cameraId"),
                JsonMessages.instant(object, KIND, "capturedAt"),
                JsonMessages.text(object, KIND, "frameRef"));
    }
}
