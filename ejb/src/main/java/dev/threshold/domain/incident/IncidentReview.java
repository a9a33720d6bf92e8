package dev.threshold.domain.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A reviewer's decision on an incident: who, why, when, and what a review must say. Kept in the incident's own row
 * (its three review columns, all empty until someone reviews it).
 */
@Embeddable
public class IncidentReview {

    public static final int MAX_REASON_LENGTH = 1000;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_reason", length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected IncidentReview() {
        // for JPA
    }

    private IncidentReview(String reviewedBy, String reason, Instant reviewedAt) {
        this.reviewedBy = reviewedBy;
        this.reason = reason;
        this.reviewedAt = reviewedAt;
    }

    /**
     * A decision on an incident that is now {@code status} and was reviewed before as {@code earlier} (null: never).
     *
     * @throws IncidentReviewException naming the field at fault, or none when the incident's state forbids a review
     */
    static IncidentReview decided(
            IncidentStatus decision,
            IncidentStatus status,
            IncidentReview earlier,
            String reviewer,
            String reason,
            Instant now) {
        if (decision == IncidentStatus.DISMISSED && (reason == null || reason.isBlank())) {
            throw new IncidentReviewException(
                    "reason", "Say why the incident is dismissed: the reason is kept with it.");
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new IncidentReviewException("reviewer", "A review needs the reviewer's name.");
        }
        if (!status.reviewable()) {
            throw new IncidentReviewException(
                    null,
                    "This incident is " + status.name().toLowerCase()
                            + (earlier != null && earlier.reviewedBy != null ? " by " + earlier.reviewedBy : "")
                            + " and cannot be reviewed again.");
        }
        String trimmed = reason == null ? null : reason.strip();
        if (trimmed != null && trimmed.length() > MAX_REASON_LENGTH) {
            throw new IncidentReviewException(
                    "reason", "The reason is longer than " + MAX_REASON_LENGTH + " characters.");
        }
        return new IncidentReview(reviewer, trimmed == null || trimmed.isEmpty() ? null : trimmed, now);
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reason() {
        return reason;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
