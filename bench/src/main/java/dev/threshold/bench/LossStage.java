package dev.threshold.bench;

/** The stage of the pipeline where a true crossing that was not counted got lost, earliest first. */
public enum LossStage {
    NEVER_DETECTED("never detected near the door"),
    NO_FLOOR_POSITION("detected but no floor position near the door"),
    TRACK("track broken or never born"),
    SIDE_DECISION("track on both sides, side decision missed it"),
    WRONG_DIRECTION("counted in the wrong direction");

    private final String label;

    LossStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
