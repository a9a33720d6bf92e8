package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.CameraHealth;
import dev.threshold.infrastructure.video.RecorderStatus;
import java.time.Instant;

/**
 * A camera's reader health, what its forwarder did, how many of its frame jobs wait for the analysis, and its
 * recording (null when recording is off).
 */
public record FeedHealth(
        CameraHealth reader,
        long framesQueued,
        long framesRefusedByQueue,
        int framesWaiting,
        RecorderStatus recording,
        Instant startedAt) {}
