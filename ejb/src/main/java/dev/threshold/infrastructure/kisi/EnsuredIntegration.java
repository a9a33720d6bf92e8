package dev.threshold.infrastructure.kisi;

import java.util.Objects;

/** The Threshold webhook integration in Kisi after {@link KisiClient#ensureIntegration}, and what was done to it. */
public record EnsuredIntegration(String integrationId, Outcome outcome) {

    public enum Outcome {
        /** There was none; Threshold's was added. */
        CREATED,
        /** Threshold's existed (by name or by URL) and now has the given URL, key and events. */
        UPDATED
    }

    public EnsuredIntegration {
        Objects.requireNonNull(integrationId, "integration id");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean created() {
        return outcome == Outcome.CREATED;
    }
}
