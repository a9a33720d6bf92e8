package dev.threshold.interfaces.kisi.console;

import dev.threshold.application.audit.SecretChange;
import java.io.Serializable;

/**
 * A secret's field on a settings form: it starts empty and is never filled from the server (a secret is only ever
 * shown as "set"/"not set"). Left empty it keeps the secret, a value replaces it, "clear" ticked removes it.
 */
public final class SecretField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private String newValue;
    private boolean clear;

    /** @param name the setting's name, as a refusal names it ("signatureKey", "apiToken") */
    public SecretField(String name) {
        this.name = name;
    }

    /** What saving asks of the secret. */
    public SecretChange change() {
        if (clear) {
            return SecretChange.CLEAR;
        }
        return newValue == null || newValue.isEmpty() ? SecretChange.KEEP : SecretChange.replaceWith(name, newValue);
    }

    /** Empties the field again, after a save or for another place. */
    public void reset() {
        newValue = null;
        clear = false;
    }

    public String getNewValue() {
        return newValue;
    }

    public void setNewValue(String v) {
        newValue = v;
    }

    public boolean isClear() {
        return clear;
    }

    public void setClear(boolean v) {
        clear = v;
    }
}
