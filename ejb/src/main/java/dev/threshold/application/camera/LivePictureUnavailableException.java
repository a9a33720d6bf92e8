package dev.threshold.application.camera;

/**
 * A camera's live picture cannot be served now, and why in words: every live stream of this node is taken, or there
 * is no fresh frame of the camera (disabled, not read by any node, or read by a node whose frames this node cannot
 * see). Answered 503; {@link #retryAfterSeconds()} when trying again soon may help.
 */
public class LivePictureUnavailableException extends RuntimeException {

    private final Integer retryAfterSeconds;

    public LivePictureUnavailableException(String message, Integer retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which trying again may succeed, or null when it will not until something is changed. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
