package dev.threshold.domain.label;

import dev.threshold.domain.incident.IncidentKind;
import java.util.List;

/** The labels Threshold's own verdicts put on the video: what the customer buys, searchable by the usual words. */
public final class IncidentLabels {

    static final LabelKind TAILGATING = new LabelKind(
            "tailgating", "threshold.tailgating", List.of("tailgate", "tailgater", "tailgaters", "piggybacking"));
    /**
     * Someone walked in through a forced door: an unauthorised entry like tailgating, so a search for "tailgating"
     * (the word Camio's guide and security teams use for every unauthorised entry) finds it too; its name and token
     * still say which kind it is.
     */
    static final LabelKind FORCED_ENTRY = new LabelKind(
            "forced entry",
            "threshold.forced_entry",
            List.of("forced", "unauthorised entry", "unauthorized entry", "tailgating"));

    /** What an incident's labels also say while it is doubtful and unreviewed: found by {@code needs-review}. */
    static final String NEEDS_REVIEW = "needs-review | needs review | doubtful | uncertain";

    private IncidentLabels() {}

    public static LabelKind labelFor(IncidentKind kind) {
        return kind == IncidentKind.FORCED_ENTRY ? FORCED_ENTRY : TAILGATING;
    }
}
