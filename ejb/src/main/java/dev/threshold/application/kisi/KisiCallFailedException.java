package dev.threshold.application.kisi;

/**
 * A call to Kisi's API that did not succeed, with the message meant for the admin who has to act on it (never a token
 * or key). Declared an application exception in ejb-jar.xml, so that it reaches the page or resource as itself.
 */
public class KisiCallFailedException extends RuntimeException {

    KisiCallFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
