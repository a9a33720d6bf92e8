package dev.threshold.application.incident;

import dev.threshold.domain.window.LowConfidence;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What makes an incident need a reviewer and how long it waits for one, from MicroProfile Config (system properties or
 * environment, e.g. {@code THRESHOLD_COUNTING_LOW_CONFIDENCE}). The incident use case owns both, so the verdict (which
 * opens incidents) and the set-up trial (which shows doubtful crossings) read them here rather than the other way round.
 * Checked at start: a wrong value stops the deployment with its name.
 */
@ApplicationScoped
public class IncidentSettings {

    /** A crossing below it is "doubtful"; an incident that rests on doubtful crossings only needs review. */
    @Inject
    @ConfigProperty(name = "threshold.counting.low-confidence", defaultValue = "0.5")
    double lowConfidence;

    /** An open incident nobody reviewed is closed after this many days; its evidence stays. */
    @Inject
    @ConfigProperty(name = "threshold.incidents.auto-close-days", defaultValue = "7")
    double autoCloseDays;

    private LowConfidence low;

    @PostConstruct
    void check() {
        try {
            low = new LowConfidence(lowConfidence);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("threshold.counting.low-confidence: " + e.getMessage(), e);
        }
        if (!(autoCloseDays > 0)) {
            throw new IllegalStateException("threshold.incidents.auto-close-days must be positive");
        }
    }

    public LowConfidence lowConfidence() {
        return low;
    }

    public Duration reviewTime() {
        return Duration.ofMillis(Math.round(autoCloseDays * 86_400_000));
    }
}
