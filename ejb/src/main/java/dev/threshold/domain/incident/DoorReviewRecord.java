package dev.threshold.domain.incident;

/**
 * How a door's incidents were reviewed: a door with many dismissed incidents needs its camera or grid looked at.
 */
public record DoorReviewRecord(
        String lockId, String doorName, long incidents, long confirmed, long dismissed, long awaitingReview) {

    /** Dismissed among the reviewed ones, 0..1; 0 when none is reviewed yet. */
    public double dismissedShare() {
        long reviewed = confirmed + dismissed;
        return reviewed == 0 ? 0 : (double) dismissed / reviewed;
    }
}
