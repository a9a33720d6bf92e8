package dev.threshold.infrastructure.messaging;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.label.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored access event with its labels: what its security events are built from, whether the relay finds it still
 * in memory ({@link RecentAccessEventReports}) or reads it back from the database.
 */
record AccessEventReport(AccessEvent event, List<Label> labels) {

    /** As both databases order UUIDs, byte by byte; the relay's query reads the labels in this order. */
    private static final Comparator<UUID> AS_STORED = Comparator.comparing(
                    UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    AccessEventReport {
        Objects.requireNonNull(event, "event");
        // The labels of one event are made within a millisecond, where time-ordered ids are in random order.
        labels = labels.stream()
                .sorted(Comparator.comparing(Label::id, AS_STORED))
                .toList();
    }

    /** Each of these events with those of these labels that are its own. */
    static List<AccessEventReport> of(List<AccessEvent> events, List<Label> labels) {
        Map<UUID, List<Label>> labelsByEvent = new HashMap<>();
        for (Label label : labels) {
            if (label.accessEvent() == null) {
                throw new IllegalArgumentException("not the label of an access event: " + label.id());
            }
            labelsByEvent
                    .computeIfAbsent(label.accessEvent().id(), id -> new ArrayList<>())
                    .add(label);
        }
        return events.stream()
                .map(event -> new AccessEventReport(event, labelsByEvent.getOrDefault(event.id(), List.of())))
                .toList();
    }

    /**
     * {@value SecurityEvents#ACCESS_EVENT_RECEIVED} for the event, then {@value SecurityEvents#LABEL_CREATED} for each
     * label.
     */
    List<CloudEvent> cloudEvents() {
        List<CloudEvent> all = new ArrayList<>(1 + labels.size());
        all.add(AccessEventCloudEvents.received(event));
        labels.forEach(label -> all.add(AccessEventCloudEvents.labelCreated(label)));
        return all;
    }
}
