package dev.threshold.application.camera;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An enabled camera that has not delivered video for longer than the health limit.
 *
 * @param since     its last frame, or when its reading began (or should have) if it never delivered one
 * @param lastError its reader's last problem in words; null when it never said one
 */
public record StalledCamera(UUID id, String name, Instant since, String lastError) {

    /** In words, for /health and the console's banner: which camera, for how long, and why. */
    public String describe(Instant now) {
        return "camera '" + name + "' has delivered no video for "
                + Duration.between(since, now).toSeconds() + " s" + (lastError == null ? "" : ": " + lastError);
    }
}
