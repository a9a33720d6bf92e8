package dev.threshold.application.verdict;

import dev.threshold.domain.window.WindowRules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The timings of door windows and their verdicts, from MicroProfile Config (system properties or environment, e.g.
 * {@code THRESHOLD_WINDOWS_OPEN_SECONDS}). Checked at start: a wrong value stops the deployment with its name.
 */
@ApplicationScoped
public class VerdictSettings {

    @Inject
    @ConfigProperty(name = "threshold.windows.group-seconds", defaultValue = "10")
    double groupSeconds;

    @Inject
    @ConfigProperty(name = "threshold.windows.open-seconds", defaultValue = "10")
    double openSeconds;

    @Inject
    @ConfigProperty(name = "threshold.windows.tolerance-seconds", defaultValue = "1.5")
    double toleranceSeconds;

    @Inject
    @ConfigProperty(name = "threshold.windows.same-entry-seconds", defaultValue = "1")
    double sameEntrySeconds;

    /** How long after a window's end its verdict waits for the last frames of the window to be analysed. */
    @Inject
    @ConfigProperty(name = "threshold.windows.settle-millis", defaultValue = "300")
    long settleMillis;

    @Inject
    @ConfigProperty(name = "threshold.kisi.clock-tolerance-seconds", defaultValue = "2")
    double clockToleranceSeconds;

    private WindowRules rules;

    @PostConstruct
    void check() {
        try {
            rules = new WindowRules(
                    seconds(groupSeconds), seconds(openSeconds), seconds(toleranceSeconds), seconds(sameEntrySeconds));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("threshold.windows.*: " + e.getMessage(), e);
        }
        if (settleMillis < 0 || clockToleranceSeconds < 0) {
            throw new IllegalStateException(
                    "threshold.windows.settle-millis and threshold.kisi.clock-tolerance-seconds must not be negative");
        }
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }

    public WindowRules rules() {
        return rules;
    }

    public Duration settle() {
        return Duration.ofMillis(settleMillis);
    }

    public Duration clockTolerance() {
        return seconds(clockToleranceSeconds);
    }
}
