package dev.threshold.application.camera;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which enabled cameras are not being read: no frame for {@code threshold.health.camera-stalled-seconds} (30 s by
 * default), whether their reader keeps failing, hangs, stopped on an internal error, or was never started. What
 * {@code /health} reports as a failing check and the console as a banner on every page. A camera another node of the
 * cluster reads is that node's to report; a video file read to its end is done, not failing.
 */
@ApplicationScoped
public class CameraWatch {

    @Inject
    CameraRepository cameras;

    @Inject
    FeedHealthQuery feeds;

    @EJB
    CameraLeases leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "threshold.health.camera-stalled-seconds", defaultValue = "30")
    long stalledSeconds;

    /** The enabled cameras without video for longer than the limit, in the cameras' order. */
    public List<StalledCamera> stalled() {
        Instant now = clock.instant();
        Instant limit = now.minus(Duration.ofSeconds(stalledSeconds));
        List<StalledCamera> stalled = new ArrayList<>();
        for (Camera camera : cameras.all()) {
            if (camera.enabled()) {
                stalled(camera, limit).ifPresent(stalled::add);
            }
        }
        return stalled;
    }

    private Optional<StalledCamera> stalled(Camera camera, Instant limit) {
        Optional<FeedHealth> feed = feeds.health(camera.id());
        if (feed.isEmpty()) {
            Instant since = feeds.startedAt();
            if (since == null || since.isAfter(limit) || leases.heldByAnotherNode(camera.id())) {
                return Optional.empty();
            }
            return Optional.of(new StalledCamera(
                    camera.id(),
                    camera.name(),
                    since,
                    "no server reads it: its stream"
                            + " address cannot be used or its reader could not start (the server log says why)"));
        }
        ReaderHealth reader = feed.get().reader();
        if (reader.finished() && reader.lastError() == null && !live(camera)) {
            return Optional.empty(); // a video file read to its end
        }
        Instant since =
                reader.lastFrameAt() != null ? reader.lastFrameAt() : feed.get().startedAt();
        if (since.isAfter(limit)) {
            return Optional.empty();
        }
        return Optional.of(new StalledCamera(camera.id(), camera.name(), since, reader.lastError()));
    }

    private static boolean live(Camera camera) {
        try {
            return StreamSource.of(camera.streamUrl()).live();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
