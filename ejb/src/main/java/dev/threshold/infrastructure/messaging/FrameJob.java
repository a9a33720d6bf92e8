package dev.threshold.infrastructure.messaging;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A frame of a camera to analyse, as carried on the {@code frames} queue: JSON, versioned, holding ids and a
 * reference to the frame, never the objects themselves.
 * <pre>{"version":1,"cameraId":"front-door","capturedAt":"2026-11-29T06:30:00.120Z","frameRef":"frames/front-door/1.jpg"}</pre>
 * A frame of uploaded footage also names the footage ({@code "footageId":"3f2a9c01d4e5"}, optional, so version 1
 * still reads every job written before): it is analysed on the footage's own timeline, apart from the live stream.
 */
public record FrameJob(String cameraId, Instant capturedAt, String frameRef, String footageId) {

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
        if (footageId != null && !footageId.matches("[0-9a-f]{12}")) {
            throw new IllegalArgumentException("frame job: footageId must be 12 hexadecimal digits");
        }
    }

    public FrameJob(String cameraId, Instant capturedAt, String frameRef) {
        this(cameraId, capturedAt, frameRef, null);
    }

    /**
     * What the analysis keeps apart: the camera's live stream, or one footage of it
     * ({@code <camera id>-footage-<footage id>}), each with its own tracker and its own analysed frames.
     */
    public String sourceId() {
        return footageId == null ? cameraId : cameraId + "-footage-" + footageId;
    }

    public String toJson() {
        var json = JSON.createObjectBuilder()
                .add("version", VERSION)
                .add("cameraId", cameraId)
                .add("capturedAt", capturedAt.toString())
                .add("frameRef", frameRef);
        if (footageId != null) {
            json.add("footageId", footageId);
        }
        return json.build().toString();
    }

    /** Reads a message body; anything malformed or of another version is refused with the reason. */
    public static FrameJob fromJson(String json) {
        JsonObject object = JsonMessages.read(json, KIND, VERSION);
        return new FrameJob(
                JsonMessages.text(object, KIND, "cameraId"),
                JsonMessages.instant(object, KIND, "capturedAt"),
                JsonMessages.text(object, KIND, "frameRef"),
                object.containsKey("footageId") ? JsonMessages.text(object, KIND, "footageId") : null);
    }
}
