package dev.threshold.application.camera;

import java.util.UUID;

/** A camera was added, changed or removed: its reader must start, restart or stop after the commit. */
public record CameraChanged(UUID cameraId) {}
