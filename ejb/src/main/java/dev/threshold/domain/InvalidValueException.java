package dev.threshold.domain;

/**
 * A value a person or a system gave that the domain refuses, naming the field so that the answer (a 400 problem, a
 * message beside a form field) can point at it. Declared an application exception with rollback in ejb-jar.xml: it
 * reaches callers of the services as is, and nothing is half-written.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or {@code null} for the input as a whole. */
    public String field() {
        return field;
    }
}
