package dev.threshold.application.verdict;

import dev.threshold.domain.window.LowConfidence;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far a counted crossing is trusted, from MicroProfile Config: {@code threshold.counting.low-confidence}
 * (environment {@code THRESHOLD_COUNTING_LOW_CONFIDENCE}, default 0.5). A crossing below it is "doubtful"; an
 * incident that rests on doubtful crossings only needs review. Checked at start: a value outside [0, 1] stops the
 * deployment with its name.
 */
@ApplicationScoped
public class CountingSettings {

    @Inject
    @ConfigProperty(name = "threshold.counting.low-confidence", defaultValue = "0.5")
    double lowConfidence;

    private LowConfidence low;

    @PostConstruct
    void check() {
        try {
            low = new LowConfidence(lowConfidence);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("threshold.counting.low-confidence: " + e.getMessage(), e);
        }
    }

    public LowConfidence lowConfidence() {
        return low;
    }
}
