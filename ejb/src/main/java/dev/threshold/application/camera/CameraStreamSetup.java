package dev.threshold.application.camera;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.security.SecretBox;
import dev.threshold.infrastructure.video.StreamRules;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A camera's stream settings applied to it: the address checked against the {@link StreamRules} (what FFmpeg can
 * open, what a camera may reach), the credentials sealed. For {@link CameraService}, inside its transaction.
 */
@ApplicationScoped
public class CameraStreamSetup {

    @Inject
    SecretBox secrets;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    /** Folders video files may be read from (comma-separated); default {@code <data dir>/threshold/video-files}. */
    @Inject
    @ConfigProperty(name = "threshold.video.files-dir")
    Optional<String> videoFilesDirs;

    /** CIDR blocks camera hosts must be in (comma-separated); not set: any. */
    @Inject
    @ConfigProperty(name = "threshold.cameras.allowed-networks")
    Optional<String> allowedNetworks;

    /** A stream location as it may be shown: without a user and password typed into it, even when unusable. */
    public static String displayed(String location) {
        return StreamSource.displayed(location);
    }

    /** Sets the camera's stream, rate, switch and credentials as the settings say. */
    public void apply(Camera camera, CameraSettings settings, Instant now) {
        if (settings.streamUrl() != null && !settings.streamUrl().isBlank()) {
            try {
                // refuses what FFmpeg cannot open, and what a camera must not reach, in words
                streamRules().check(StreamSource.of(settings.streamUrl()));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("streamUrl", e.getMessage());
            }
        }
        camera.configureStream(settings.streamUrl(), settings.analysisFps(), settings.enabled(), now);
        if (settings.clearCredentials()) {
            camera.replaceCredentials(null, now);
        } else if (settings.password() != null && !settings.password().isEmpty()) {
            String username = settings.username() == null ? "" : settings.username();
            if (username.contains("\n")
                    || username.length() > 200
                    || settings.password().length() > 500) {
                throw new InvalidValueException("username", "user name or password too long, or with line breaks");
            }
            camera.replaceCredentials(secrets.seal(username + "\n" + settings.password()), now);
        }
    }

    /** What a saved stream may reach (see {@link StreamRules}), from the settings as they are now. */
    StreamRules streamRules() {
        String dirs = videoFilesDirs
                .filter(d -> !d.isBlank())
                .orElse(Path.of(serverDataDir, "threshold", "video-files").toString());
        return StreamRules.of(dirs, allowedNetworks.orElse(""));
    }
}
