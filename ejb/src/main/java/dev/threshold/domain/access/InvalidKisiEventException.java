package dev.threshold.domain.access;

import dev.threshold.domain.InvalidValueException;

/**
 * A Kisi event that cannot be accepted, naming the offending field as Kisi spells it (e.g. {@code created_at}), or
 * none for the body as a whole.
 */
public class InvalidKisiEventException extends InvalidValueException {

    public InvalidKisiEventException(String field, String message) {
        super(field, message);
    }
}
