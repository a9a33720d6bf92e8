package dev.threshold.domain.incident;

/**
 * A review that the incident's state does not allow, said in words for the reviewer: a dismissal without a reason
 * (names the field "reason") or a second review (no field: the incident's state is at fault). Declared an application
 * exception in ejb-jar.xml.
 */
public class IncidentReviewException extends RuntimeException {

    private final String field;

    public IncidentReviewException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null when it is the incident's state. */
    public String field() {
        return field;
    }
}
