package dev.threshold.infrastructure.retention;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long each table keeps its rows (days; 0 keeps them for ever) and how the pruning goes. Defaults: analysed
 * frames 14 days (they only say a frame was analysed), tile occupancy 30 days (the newest row of a camera always
 * stays: it is its current state), door crossings 90 days (what the counts were made of; those of incidents stay),
 * e-mail bodies 30 days (the delivery record stays, its body is emptied); access events and labels for ever, unless
 * an operator sets an age (the search and the SIEM's history live on them).
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "threshold.retention.analysed-frames-days", defaultValue = "14")
    int analysedFramesDays;

    @Inject
    @ConfigProperty(name = "threshold.retention.tile-occupancy-days", defaultValue = "30")
    int tileOccupancyDays;

    @Inject
    @ConfigProperty(name = "threshold.retention.door-crossings-days", defaultValue = "90")
    int doorCrossingsDays;

    @Inject
    @ConfigProperty(name = "threshold.retention.email-bodies-days", defaultValue = "30")
    int emailBodiesDays;

    @Inject
    @ConfigProperty(name = "threshold.retention.access-events-days", defaultValue = "0")
    int accessEventsDays;

    @Inject
    @ConfigProperty(name = "threshold.retention.labels-days", defaultValue = "0")
    int labelsDays;

    /** Rows per transaction: short transactions that never hold many locks for long. */
    @Inject
    @ConfigProperty(name = "threshold.retention.batch-size", defaultValue = "1000")
    int batchSize;

    /** A run stops after this long and goes on at the next one, so that a first run on a big table ends. */
    @Inject
    @ConfigProperty(name = "threshold.retention.max-run-seconds", defaultValue = "300")
    int maxRunSeconds;

    @PostConstruct
    void check() {
        for (int days : List.of(
                analysedFramesDays,
                tileOccupancyDays,
                doorCrossingsDays,
                emailBodiesDays,
                accessEventsDays,
                labelsDays)) {
            if (days < 0) {
                throw new IllegalStateException("threshold.retention.*-days must be 0 (keep) or more, not " + days);
            }
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalStateException("threshold.retention.batch-size must be 1 to 10000, not " + batchSize);
        }
    }

    /** Labels and access events first: what they let go of can then be pruned in the same run. */
    public List<RetentionRule> rules() {
        return List.of(
                RetentionRules.labels(days(labelsDays)),
                RetentionRules.accessEvents(days(accessEventsDays)),
                RetentionRules.doorCrossings(days(doorCrossingsDays)),
                RetentionRules.analysedFrames(days(analysedFramesDays)),
                RetentionRules.tileOccupancy(days(tileOccupancyDays)),
                RetentionRules.emailBodies(days(emailBodiesDays)));
    }

    public int batchSize() {
        return batchSize;
    }

    public Duration maxRun() {
        return Duration.ofSeconds(Math.max(1, maxRunSeconds));
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
