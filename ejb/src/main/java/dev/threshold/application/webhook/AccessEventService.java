package dev.threshold.application.webhook;

import dev.threshold.application.door.DoorEventAlerts;
import dev.threshold.application.door.KnownDoors;
import dev.threshold.application.door.KnownDoors.KnownDoor;
import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.AccessEventRepository;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.label.AccessEventBatchRepository;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelKind;
import dev.threshold.domain.label.LabelRepository;
import dev.threshold.infrastructure.messaging.DoorReview;
import dev.threshold.infrastructure.messaging.DoorReviews;
import dev.threshold.infrastructure.messaging.SecurityEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records what Kisi reports: each event once (its uuid is the key), labelled on the video of every camera of its
 * door, and — for the events that open, extend or end the window of a door a camera watches — a review of the
 * door's windows. All in one transaction: an event is stored with its labels and its review, or not at all.
 */
@Stateless
public class AccessEventService {

    @Inject
    AccessEventRepository events;

    @Inject
    AccessEventBatchRepository batches;

    @Inject
    KnownDoors knownDoors;

    @Inject
    LabelRepository labels;

    @Inject
    DoorRepository doors;

    @Inject
    DoorReviews doorReviews;

    @Inject
    SecurityEvents securityEvents;

    @Inject
    LabelWriter labelWriter;

    @Inject
    DoorEventAlerts alerts;

    @Inject
    Clock clock;

    public RecordedEvent recordEvent(ReceivedKisiEvent received) {
        return recordEvents(List.of(received)).get(0);
    }

    /**
     * Records several events in one transaction — one durable commit for all of them — each once, with its labels
     * and review. An event stored before, or earlier in the same list, comes back as a duplicate. All or nothing:
     * when one fails, none is stored. One look-up for all the uuids, then the rows in batches.
     */
    public List<RecordedEvent> recordEvents(List<ReceivedKisiEvent> received) {
        Set<String> storedBefore = batches.storedKisiUuids(
                received.stream().map(r -> r.event().uuid()).toList());
        Map<String, RecordedEvent> recorded = new HashMap<>();
        List<RecordedEvent> results = new ArrayList<>(received.size());
        NewRows rows = new NewRows(new ArrayList<>(), new ArrayList<>());
        for (ReceivedKisiEvent r : received) {
            String uuid = r.event().uuid();
            RecordedEvent result = recorded.get(uuid);
            if (result != null) {
                result = new RecordedEvent(result.event(), result.labels(), true); // delivered twice in one batch
            } else if (storedBefore.contains(uuid)) {
                result = findRecorded(uuid).orElseThrow(); // stored before, or by another node a moment ago
            } else {
                result = store(r, rows);
            }
            recorded.putIfAbsent(uuid, result);
            results.add(result);
        }
        batches.storeEvents(rows.events());
        labelWriter.writeAllOfAccessEvents(rows.labels());
        securityEvents.accessEventsReceived(rows.events(), rows.labels());
        return results;
    }

    /** What a batch stores: the new events and their labels, written together at its end. */
    private record NewRows(List<AccessEvent> events, List<Label> labels) {}

    /** A new event with its labels and, when it concerns the door's windows, a review of them. */
    private RecordedEvent store(ReceivedKisiEvent received, NewRows rows) {
        KisiEvent kisiEvent = received.event();
        boolean signed = received.signed();
        Instant now = clock.instant();
        AccessEvent event = AccessEvent.receivedFrom(kisiEvent, now, signed);
        rows.events().add(event);

        LabelKind kind = DoorEventLabels.labelFor(kisiEvent);
        Optional<KnownDoor> door = doorOf(kisiEvent, received.placeId(), now);
        List<Camera> cameras = door.map(KnownDoor::cameras).orElse(List.of());
        door.ifPresent(d -> alerts.received(kisiEvent, d)); // a forced-open door, held open, denied badges
        if (cameras.isEmpty()) {
            rows.labels().add(Label.onAccessEvent(event, kind, null));
        } else {
            cameras.forEach(camera -> rows.labels().add(Label.onAccessEvent(event, kind, camera)));
        }
        // Only a door a camera watches is judged: elsewhere nobody can be counted, so a window there could only
        // ever be "no entry seen" — and judging it would cost as much as judging a watched door.
        if (kisiEvent.concernsDoorWindows() && !cameras.isEmpty()) {
            doorReviews.schedule(new DoorReview(door.get().lockId(), kisiEvent.createdAt(), kisiEvent.type()));
        }
        return new RecordedEvent(event, List.of(kind.name()), false);
    }

    /** The event stored under a Kisi uuid, if any: how a caller tells a lost race from a real failure. */
    public Optional<RecordedEvent> findRecorded(String kisiUuid) {
        return events.findByKisiUuid(kisiUuid).map(e -> new RecordedEvent(e, labelNames(e), true));
    }

    /** The most recently received events with their labels, for the console's home page. */
    public List<RecordedEvent> latestEvents(int limit) {
        List<AccessEvent> latest = events.latest(Math.max(1, Math.min(limit, 500)));
        Map<UUID, List<String>> labelsByEvent =
                labels.ofAccessEvents(latest.stream().map(AccessEvent::id).toList()).stream()
                        .collect(Collectors.groupingBy(
                                l -> l.accessEvent().id(),
                                Collectors.mapping(
                                        Label::name,
                                        Collectors.collectingAndThen(
                                                Collectors.toSet(),
                                                names -> names.stream().sorted().toList()))));
        return latest.stream()
                .map(e -> new RecordedEvent(e, labelsByEvent.getOrDefault(e.id(), List.of()), false))
                .toList();
    }

    /**
     * The door of a lock event, known from then on by the name Kisi gives it, so that admins can map it to cameras
     * without an API token. A new door joins the place the event was attributed to.
     */
    private Optional<KnownDoor> doorOf(KisiEvent event, UUID placeId, Instant now) {
        if (!event.isLockEvent() || event.objectId() == null) {
            return Optional.empty();
        }
        String lockId;
        try {
            lockId = Door.validLockId(event.objectId());
        } catch (IllegalArgumentException notALockId) {
            return Optional.empty();
        }
        Optional<KnownDoor> cached = knownDoors.find(lockId, event.objectName(), now);
        if (cached.isPresent()) {
            return cached;
        }
        Door door = doors.find(lockId).orElseGet(() -> {
            Door created = new Door(lockId, event.objectName(), now);
            created.inPlace(placeId, now);
            doors.store(created);
            return created;
        });
        door.rename(event.objectName(), now);
        return Optional.of(knownDoors.rememberAfterCommit(door, now));
    }

    private List<String> labelNames(AccessEvent event) {
        return labels.ofAccessEvents(List.of(event.id())).stream()
                .map(Label::name)
                .distinct()
                .toList();
    }
}
