package dev.threshold.application;

import jakarta.ejb.ApplicationException;

/** A search filter naming a camera or door that does not exist, or an empty time range; says which parameter. */
@ApplicationException // reaches the caller as itself (a 400, a message), not as an EJBException (a 500)
public class InvalidLabelFilter extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidLabelFilter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
