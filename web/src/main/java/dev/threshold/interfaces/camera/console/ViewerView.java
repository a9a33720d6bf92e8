package dev.threshold.interfaces.camera.console;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.CameraTimeline;
import dev.threshold.application.camera.CameraTimelineService;
import dev.threshold.domain.camera.Camera;
import dev.threshold.interfaces.console.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The viewer page: a camera's recording around a moment. The page only names the camera and the span; the browser
 * fetches the clip, the timeline (door events, red tiles) and the captions from {@code /api/cameras/{id}/…} and draws
 * them (viewer.js), so seeking and zooming never go back to the server.
 */
@Named
@RequestScoped
public class ViewerView {

    @Inject
    CameraService cameras;

    @Inject
    CameraTimelineService timelines;

    private String camera;
    private String at;
    private Camera found;
    private Instant moment;
    private CameraTimeline.Span span;

    /** Reads the page's parameters; what is wrong with them is a message in words and no player. */
    public void load() {
        try {
            moment = at == null || at.isBlank() ? null : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            Messages.warn("\"" + at + "\" is not a moment such as 2026-11-29T08:00:00Z.");
            return;
        }
        if (moment == null) {
            Messages.warn("Say which moment to view: viewer.xhtml?camera=…&at=2026-11-29T08:00:00Z.");
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(camera == null ? "" : camera.strip());
        } catch (IllegalArgumentException e) {
            Messages.warn("No camera has the id \"" + camera + "\".");
            return;
        }
        found = cameras.camera(id).orElse(null);
        if (found == null) {
            Messages.warn("No camera has the id " + id + ": it may have been removed.");
            return;
        }
        span = timelines.spanAround(moment);
    }

    public boolean isReady() {
        return span != null;
    }

    public String getCameraId() {
        return found == null ? null : found.id().toString();
    }

    public String getCameraName() {
        return found == null ? null : found.name();
    }

    public Instant getMoment() {
        return moment;
    }

    public Instant getFrom() {
        return span.from();
    }

    public Instant getTo() {
        return span.to();
    }

    public String getCamera() {
        return camera;
    }

    public void setCamera(String camera) {
        this.camera = camera;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }
}
