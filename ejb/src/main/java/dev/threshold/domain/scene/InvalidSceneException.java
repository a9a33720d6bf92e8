package dev.threshold.domain.scene;

import dev.threshold.domain.InvalidValueException;

/** A scene that cannot be used, with a message in words that names the field, e.g. {@code floor.image: ...}. */
public class InvalidSceneException extends InvalidValueException {

    public InvalidSceneException(String field, String problem) {
        super(field, field + ": " + problem);
    }
}
