package dev.threshold.application;

import dev.threshold.infrastructure.video.ClipCutter;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.SegmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where video lives on disk, under {@code <data dir>/threshold}: {@code frames} (the analysed frames the camera feeds
 * write and the analysis reads), {@code recordings} (each camera's rolling recording) and what cuts clips and
 * snapshots out of it.
 */
@ApplicationScoped
public class FrameStores {

    @Produces
    @Singleton
    FrameStore frameStore(@ConfigProperty(name = "jboss.server.data.dir") String serverDataDir) {
        return new FrameStore(Path.of(serverDataDir, "threshold", "frames"));
    }

    @Produces
    @Singleton
    SegmentStore segmentStore(@ConfigProperty(name = "jboss.server.data.dir") String serverDataDir) {
        return new SegmentStore(Path.of(serverDataDir, "threshold", "recordings"));
    }

    @Produces
    @Singleton
    ClipCutter clipCutter(SegmentStore segments, Clock clock) {
        return new ClipCutter(segments, clock);
    }
}
