package dev.threshold.application.camera;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A cut clip, the caller's file: where it is, the span it actually covers (it starts at the key frame at or before the
 * requested start when the video was copied, not re-encoded) and whether it had to be re-encoded to H.264.
 */
public record VideoClip(Path file, Instant start, Instant end, boolean reencoded) {}
