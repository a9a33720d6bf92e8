package dev.threshold.analytics.vision.scene;

/** A scene that cannot be used, with a message in words that names the field, e.g. {@code floor.image: ...}. */
public class InvalidSceneException extends IllegalArgumentException {

    private final String field;

    public InvalidSceneException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
