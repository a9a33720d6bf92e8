package dev.threshold.infrastructure.security;

/**
 * The stored secrets cannot be used: the key is missing, unreadable or malformed, or a sealed value does not open
 * with it (the key was changed). An outage of this server's configuration, not a fault of the caller: the web layer
 * answers 503. The message says what is wrong and what to do, and never holds a secret or the key.
 */
public class SecretsUnavailableException extends IllegalStateException {

    public SecretsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
