package dev.threshold.interfaces.console;

import dev.threshold.domain.InvalidValueException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages on console pages, in words: for the page as a whole, or beside one field. */
public final class Messages {

    private Messages() {}

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(null, FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String forField, String text) {
        add(forField, FacesMessage.SEVERITY_ERROR, text);
    }

    /** A refused value, beside the field of {@code form} it names, or for the page where it names none. */
    public static void refused(String form, InvalidValueException e) {
        error(e.field() == null ? null : form + ":" + e.field(), e.getMessage());
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
