package dev.threshold.interfaces.console;

import dev.threshold.application.camera.CameraWatch;
import dev.threshold.application.camera.StalledCamera;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The banner on every console page (the layout template) while an enabled camera delivers no video: which camera,
 * for how long, and its last error, so that a dead camera is seen wherever one looks, not only on the Cameras page.
 */
@Named
@RequestScoped
public class CameraBanner {

    private static final Logger LOG = Logger.getLogger(CameraBanner.class.getName());

    @Inject
    CameraWatch watch;

    @Inject
    Clock clock;

    private List<String> stalled;

    /** One line per camera without video; empty when all deliver (or the cameras cannot be read: /health says). */
    public List<String> getStalled() {
        if (stalled == null) {
            Instant now = clock.instant();
            try {
                stalled = watch.stalled().stream().map(c -> sentence(c, now)).toList();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Camera banner left out: the cameras cannot be read", e);
                stalled = List.of();
            }
        }
        return stalled;
    }

    private static String sentence(StalledCamera camera, Instant now) {
        String text = camera.describe(now);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
