package dev.threshold.application;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.AccessEventRepository;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records what Kisi reports: each event once (its uuid is the key), with its label, in one transaction, so that an
 * event is either stored with its label or not at all.
 */
@Stateless
public class AccessEventService {

    @Inject
    AccessEventRepository events;

    @Inject
    LabelRepository labels;

    @Inject
    Clock clock;

    public RecordedEvent recordEvent(KisiEvent kisiEvent) {
        Optional<AccessEvent> existing = events.findByKisiUuid(kisiEvent.uuid());
        if (existing.isPresent()) {
            return new RecordedEvent(existing.get(), labelNames(existing.get()), true);
        }
        AccessEvent event = AccessEvent.receivedFrom(kisiEvent, clock.instant());
        events.store(event);
        Label label = Label.onAccessEvent(event, DoorEventLabels.labelFor(kisiEvent));
        labels.store(label);
        return new RecordedEvent(event, List.of(label.name()), false);
    }

    /** The event stored under a Kisi uuid, if any: how a caller tells a lost race from a real failure. */
    public Optional<RecordedEvent> findRecorded(String kisiUuid) {
        return events.findByKisiUuid(kisiUuid).map(e -> new RecordedEvent(e, labelNames(e), true));
    }

    /** The most recently received events with their labels, for the console's home page. */
    public List<RecordedEvent> latestEvents(int limit) {
        List<AccessEvent> latest = events.latest(Math.max(1, Math.min(limit, 500)));
        Map<UUID, List<String>> labelsByEvent = labels.ofAccessEvents(latest.stream().map(AccessEvent::id).toList())
                .stream()
                .collect(Collectors.groupingBy(l -> l.accessEvent().id(),
                        Collectors.mapping(Label::name, Collectors.toList())));
        return latest.stream()
                .map(e -> new RecordedEvent(e, labelsByEvent.getOrDefault(e.id(), List.of()), false))
                .toList();
    }

    private List<String> labelNames(AccessEvent event) {
        return labels.ofAccessEvents(List.of(event.id())).stream().map(Label::name).toList();
    }
}
