package dev.threshold.interfaces.camera.console;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.FeedHealth;
import dev.threshold.application.camera.FeedHealthQuery;
import dev.threshold.application.camera.ReaderHealth;
import dev.threshold.domain.camera.Camera;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The Cameras page: every camera with its health in words — reading or not, frames in and analysed per second,
 * frames dropped, the last frame, the last error — and its picture (recorded a few seconds ago, or last analysed).
 */
@Named
@RequestScoped
public class CamerasView {

    @Inject
    CameraService cameras;

    @Inject
    FeedHealthQuery feeds;

    @Inject
    ExternalContext external;

    /** One row of the page. */
    public record Row(Camera camera, FeedHealth health) {

        public String getState() {
            if (!camera.enabled()) {
                return "disabled";
            }
            if (health == null) {
                return camera.streamUrl() == null ? "no stream set" : "starting";
            }
            ReaderHealth r = health.reader();
            return r.finished() ? "finished (file read to its end)" : r.connected() ? "connected" : "not connected";
        }

        public boolean isTroubled() {
            return camera.enabled()
                    && health != null
                    && !health.reader().connected()
                    && !health.reader().finished();
        }

        public String getRates() {
            return health == null
                    ? "—"
                    : String.format(
                            Locale.ROOT,
                            "%.1f in, %.1f analysed",
                            health.reader().inputFps(),
                            health.reader().analysedFps());
        }

        public long getDropped() {
            return health == null ? 0 : health.reader().droppedFrames() + health.framesRefusedByQueue();
        }

        public Instant getLastFrameAt() {
            return health == null ? null : health.reader().lastFrameAt();
        }

        public String getLastError() {
            return health == null ? null : health.reader().lastError();
        }

        public boolean isRecording() {
            return health != null
                    && health.recording() != null
                    && health.recording().recording();
        }
    }

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = cameras.cameras().stream()
                .map(c -> new Row(c, feeds.health(c.id()).orElse(null)))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The camera's picture now: its recording a few seconds ago, else its newest analysed frame. */
    public String snapshotUrl(Row row) {
        return external.getRequestContextPath() + "/api/cameras/" + row.camera().id() + "/picture";
    }
}
