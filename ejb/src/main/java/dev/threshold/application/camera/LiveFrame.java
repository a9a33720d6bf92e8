package dev.threshold.application.camera;

import java.time.Instant;

/** A camera's stored frame as JPEG bytes with the time it was captured: a part of the live view's stream. */
public record LiveFrame(Instant capturedAt, byte[] jpeg) {}
