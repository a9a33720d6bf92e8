package dev.threshold.application;

import dev.threshold.infrastructure.video.FrameStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The frame store the camera feeds write to and the analysis reads from: {@code <data dir>/threshold/frames}. */
@ApplicationScoped
public class FrameStores {

    @Produces
    @Singleton
    FrameStore frameStore(@ConfigProperty(name = "jboss.server.data.dir") String serverDataDir) {
        return new FrameStore(Path.of(serverDataDir, "threshold", "frames"));
    }
}
