package dev.threshold.domain.settings;

import dev.threshold.domain.InvalidValueException;

/** A setting that cannot be saved, naming the setting so that the page can show the message beside it. */
public class InvalidSettingsException extends InvalidValueException {

    public InvalidSettingsException(String field, String message) {
        super(field, message);
    }
}
