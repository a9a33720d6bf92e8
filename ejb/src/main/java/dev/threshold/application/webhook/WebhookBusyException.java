package dev.threshold.application.webhook;

/**
 * A Kisi event the webhook did not take, and nothing of it was written: too many events wait for their commit
 * already, or the server is stopping. Kisi is told to retry later.
 */
public class WebhookBusyException extends RuntimeException {

    WebhookBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
