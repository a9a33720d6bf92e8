package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.ClipCache;
import dev.threshold.infrastructure.video.NoRecordingException;
import dev.threshold.infrastructure.video.WorkLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's share of clip cutting and snapshot rendering: at most {@code threshold.video.max-concurrent-cuts}
 * (default 2) at once, and the clips cut recently kept ({@code <data dir>/threshold/clip-cache}, 10 minutes, 20
 * clips) so that the same span asked for twice is cut once.
 */
@ApplicationScoped
public class VideoWork {

    static final Duration KEEP_CLIPS = Duration.ofMinutes(10);
    static final int KEPT_CLIPS = 20;

    @Inject
    @ConfigProperty(name = "threshold.video.max-concurrent-cuts", defaultValue = "2")
    int maxConcurrentCuts;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @Inject
    Clock clock;

    private WorkLimit limit;
    private ClipCache cache;

    @PostConstruct
    void start() {
        limit = new WorkLimit(maxConcurrentCuts);
        cache = new ClipCache(Path.of(serverDataDir, "threshold", "clip-cache"), KEEP_CLIPS, KEPT_CLIPS, clock);
    }

    /**
     * Runs the work in a free slot, waiting at most {@code maxWait} for one.
     *
     * @throws VideoBusyException when no slot freed in time: nothing was started
     */
    <T> T inTurn(String what, Duration maxWait, WorkLimit.Work<T> work) throws NoRecordingException {
        try {
            return limit.run(what, maxWait, work);
        } catch (WorkLimit.BusyException busy) {
            throw new VideoBusyException(busy.getMessage(), busy.retryAfterSeconds(), busy);
        }
    }

    public ClipCache clips() {
        return cache;
    }

    /** Clips being cut and snapshots being rendered now, for the metrics. */
    public int cutsRunning() {
        return limit.running();
    }

    /** Clips and snapshots cut at once, at most. */
    public int cutsLimit() {
        return limit.limit();
    }

    /** Clips cut since the server started (a span served from the kept clip is not cut again). */
    public long clipsCut() {
        return cache.cuts();
    }
}
