package dev.threshold.application.camera;

/**
 * Clip cutting and snapshot rendering are all taken on this node (threshold.video.max-concurrent-cuts): nothing was
 * started; the caller may retry after the given seconds. Declared an application exception in ejb-jar.xml.
 */
public class VideoBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    VideoBusyException(String message, int retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
