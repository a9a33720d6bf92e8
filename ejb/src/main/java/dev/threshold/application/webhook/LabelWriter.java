package dev.threshold.application.webhook;

import dev.threshold.domain.label.AccessEventBatchRepository;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelRepository;
import dev.threshold.infrastructure.messaging.SecurityEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Puts labels on the timeline: stores each and publishes its {@code threshold.label.created} security event, in the
 * caller's transaction, so that a SIEM hears of a label if and only if it is committed. The one place that pairs the
 * two (they were written out by each caller: door events, counted crossings, incidents).
 */
@ApplicationScoped
public class LabelWriter {

    @Inject
    LabelRepository labels;

    @Inject
    AccessEventBatchRepository batches;

    @Inject
    SecurityEvents securityEvents;

    /** Stores one label and publishes it. */
    public void write(Label label) {
        labels.store(label);
        securityEvents.labelCreated(label);
    }

    /**
     * Stores the labels of access events in one batch (the webhook's group commit: one statement for dozens of
     * labels), after their events are stored. Their security events leave with their events': the one row that
     * {@link SecurityEvents#accessEventsReceived} writes per event names its labels too.
     */
    public void writeAllOfAccessEvents(List<Label> accessEventLabels) {
        batches.storeLabels(accessEventLabels);
    }
}
