package dev.threshold.interfaces.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.camera.FeedHealth;
import dev.threshold.application.camera.ReaderHealth;
import dev.threshold.application.camera.RecordingHealth;
import dev.threshold.application.camera.VideoGap;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/** A camera's health as {@code /api/cameras/{id}} and {@code /health} show it. */
public final class CameraHealthJson {

    private CameraHealthJson() {}

    public static JsonObjectBuilder of(Optional<FeedHealth> feed) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("reading", false);
        feed.ifPresent(h -> {
            ReaderHealth r = h.reader();
            json.add("reading", !r.finished())
                    .add("connected", r.connected())
                    .add("inputFps", round(r.inputFps()))
                    .add("analysedFps", round(r.analysedFps()))
                    .add("droppedFrames", r.droppedFrames() + h.framesRefusedByQueue())
                    .add("framesQueued", h.framesQueued())
                    .add("framesWaiting", h.framesWaiting())
                    .add("reconnects", r.reconnects())
                    .add("gaps", r.gaps().size())
                    .add("finished", r.finished());
            if (r.lastFrameAt() != null) {
                json.add("lastFrameAt", r.lastFrameAt().toString());
            }
            if (r.lastError() != null) {
                json.add("lastError", r.lastError());
            }
            if (!r.gaps().isEmpty()) {
                json.add("lastGap", gap(r.gaps().get(r.gaps().size() - 1)));
            }
            if (h.recording() != null) {
                json.add("recording", recording(h.recording()));
            }
        });
        return json;
    }

    private static JsonObjectBuilder gap(VideoGap gap) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder().add("from", gap.from().toString()).add("reason", gap.reason());
        if (gap.to() != null) {
            json.add("to", gap.to().toString());
        }
        return json;
    }

    private static JsonObjectBuilder recording(RecordingHealth status) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("recording", status.recording())
                .add("segmentsWritten", status.segmentsWritten())
                .add("segmentsDeleted", status.segmentsDeleted());
        if (status.lastError() != null) {
            json.add("lastError", status.lastError());
        }
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
