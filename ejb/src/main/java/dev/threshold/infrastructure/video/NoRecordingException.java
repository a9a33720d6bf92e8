package dev.threshold.infrastructure.video;

/** The requested time holds no recorded video (before retention's horizon, during an outage, or in the future). */
public class NoRecordingException extends Exception {

    public NoRecordingException(String message) {
        super(message);
    }
}
