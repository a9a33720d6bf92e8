package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.RecorderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How cameras are recorded, from MicroProfile Config: on or off, segment length, and retention by age and by the
 * total size of all cameras' recordings together (the disk is shared; the oldest segments go first, whichever camera).
 */
@ApplicationScoped
public class RecordingPolicy {

    private static final long GIB = 1024L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "threshold.recording.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "threshold.recording.segment-seconds", defaultValue = "10")
    long segmentSeconds;

    @Inject
    @ConfigProperty(name = "threshold.recording.max-age-hours", defaultValue = "168")
    long maxAgeHours;

    @Inject
    @ConfigProperty(name = "threshold.recording.max-total-gb", defaultValue = "50")
    double maxTotalGigabytes;

    public boolean enabled() {
        return enabled;
    }

    /** One camera's recorder: it deletes its own segments past the age, and never lets itself alone exceed the total. */
    public RecorderSettings recorderSettings() {
        return RecorderSettings.DEFAULTS
                .withSegmentLength(Duration.ofSeconds(segmentSeconds))
                .withRetention(maxAge(), maxTotalBytes());
    }

    public Duration maxAge() {
        return Duration.ofHours(maxAgeHours);
    }

    public long maxTotalBytes() {
        return Math.max(1, Math.round(maxTotalGigabytes * GIB));
    }
}
