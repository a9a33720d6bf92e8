package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.ClipCutter;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.SegmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where video lives on disk, under {@code threshold.video.dir} (default {@code <data dir>/threshold}): {@code frames}
 * (the analysed frames the camera feeds write and the analysis reads), {@code recordings} (each camera's rolling
 * recording) and what cuts clips and snapshots out of it. In a cluster every node names the same shared folder: a
 * frame read on one node may be analysed on another, and a camera's recording is asked for on any node.
 */
@ApplicationScoped
public class FrameStores {

    @Produces
    @Singleton
    FrameStore frameStore(
            @ConfigProperty(name = "jboss.server.data.dir") String serverDataDir,
            @ConfigProperty(name = "threshold.video.dir") Optional<String> videoDir) {
        return new FrameStore(videoRoot(serverDataDir, videoDir).resolve("frames"));
    }

    @Produces
    @Singleton
    SegmentStore segmentStore(
            @ConfigProperty(name = "jboss.server.data.dir") String serverDataDir,
            @ConfigProperty(name = "threshold.video.dir") Optional<String> videoDir) {
        return new SegmentStore(videoRoot(serverDataDir, videoDir).resolve("recordings"));
    }

    private static Path videoRoot(String serverDataDir, Optional<String> videoDir) {
        return videoDir.map(Path::of).orElseGet(() -> Path.of(serverDataDir, "threshold"));
    }

    @Produces
    @Singleton
    ClipCutter clipCutter(SegmentStore segments, Clock clock) {
        return new ClipCutter(segments, clock);
    }
}
