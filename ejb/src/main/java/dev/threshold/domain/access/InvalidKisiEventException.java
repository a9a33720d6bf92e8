package dev.threshold.domain.access;

/**
 * A Kisi event that cannot be accepted, naming the offending field so that the sender can fix it.
 */
public class InvalidKisiEventException extends RuntimeException {

    private final String field;

    public InvalidKisiEventException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The JSON field at fault, as Kisi spells it (e.g. {@code created_at}); {@code null} for the body as a whole. */
    public String field() {
        return field;
    }
}
