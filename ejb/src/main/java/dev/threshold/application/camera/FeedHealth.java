package dev.threshold.application.camera;

import java.time.Instant;

/**
 * A camera's reader health, what its forwarder did, how many of its frame jobs wait for the analysis, and its
 * recording (null when recording is off).
 */
public record FeedHealth(
        ReaderHealth reader,
        long framesQueued,
        long framesRefusedByQueue,
        int framesWaiting,
        RecordingHealth recording,
        Instant startedAt) {}
