package dev.threshold.application.camera;

/**
 * The requested time holds no recorded video of the camera (before retention's horizon, during an outage, or in the
 * future); the message says which.
 */
public class NotRecordedException extends Exception {

    NotRecordedException(String message, Throwable cause) {
        super(message, cause);
    }
}
