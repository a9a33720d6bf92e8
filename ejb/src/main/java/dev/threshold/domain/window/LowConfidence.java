package dev.threshold.domain.window;

/**
 * Where a counted crossing stops being trusted: a crossing whose confidence is below {@code threshold} is doubtful
 * (the detector was unsure, the track short, the frames dark). A doubtful crossing still counts; what rests on it
 * only is shown as uncertain and waits for a reviewer.
 *
 * @param threshold in [0, 1]; 0 trusts every crossing
 */
public record LowConfidence(double threshold) {

    /** {@code threshold.counting.low-confidence} when not set. */
    public static final LowConfidence DEFAULT = new LowConfidence(0.5);

    public LowConfidence {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the low-confidence threshold is between 0 and 1, not " + threshold);
        }
    }

    /** Is a crossing of this confidence doubtful? */
    public boolean isLow(double confidence) {
        return confidence < threshold;
    }
}
