package dev.threshold.analytics.vision.crossing;

/** IN: from the outside to the scene's inside side of the door line; OUT: the other way. */
public enum Direction {
    IN,
    OUT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
