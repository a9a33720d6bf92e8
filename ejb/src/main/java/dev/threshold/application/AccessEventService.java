package dev.threshold.application;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.AccessEventRepository;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
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
    LabelRepository labels;

    @Inject
    DoorRepository doors;

    @Inject
    DoorReviews doorReviews;

    @Inject
    SecurityEvents securityEvents;

    @Inject
    Clock clock;

    public RecordedEvent recordEvent(KisiEvent kisiEvent, boolean signed) {
        Optional<AccessEvent> existing = events.findByKisiUuid(kisiEvent.uuid());
        if (existing.isPresent()) {
            return new RecordedEvent(existing.get(), labelNames(existing.get()), true);
        }
        return store(kisiEvent, signed);
    }

    /**
     * Records several events in one transaction — one durable commit for all of them — each as {@link #recordEvent}
     * does. An event stored before, or earlier in the same list, comes back as a duplicate. All or nothing: when one
     * fails, none is stored. The look-ups come first, while nothing is written yet (so no query flushes), then only
     * writes, which the database gets together at the commit.
     */
    public List<RecordedEvent> recordEvents(List<ReceivedKisiEvent> received) {
        // One query per uuid rather than one "in (…)" query: Hibernate translates a list parameter anew on every
        // call, which cost more than the look-ups themselves.
        Map<String, AccessEvent> storedBefore = new HashMap<>();
        received.stream().map(r -> r.event().uuid()).distinct()
                .forEach(uuid -> events.findByKisiUuid(uuid).ifPresent(e -> storedBefore.put(uuid, e)));
        Map<String, RecordedEvent> recorded = new HashMap<>();
        List<RecordedEvent> results = new ArrayList<>(received.size());
        for (ReceivedKisiEvent r : received) {
            RecordedEvent result = recorded.get(r.event().uuid());
            if (result != null) {
                result = new RecordedEvent(result.event(), result.labels(), true); // delivered twice in one batch
            } else if (storedBefore.containsKey(r.event().uuid())) {
                AccessEvent existing = storedBefore.get(r.event().uuid());
                result = new RecordedEvent(existing, labelNames(existing), true);
            } else {
                result = store(r.event(), r.signed());
            }
            recorded.putIfAbsent(r.event().uuid(), result);
            results.add(result);
        }
        return results;
    }

    /** Stores a new event with its labels and, when it concerns the door's windows, a review of them. */
    private RecordedEvent store(KisiEvent kisiEvent, boolean signed) {
        Instant now = clock.instant();
        AccessEvent event = AccessEvent.receivedFrom(kisiEvent, now, signed);
        events.store(event);
        securityEvents.accessEventReceived(event);

        LabelKind kind = DoorEventLabels.labelFor(kisiEvent);
        Optional<Door> door = doorOf(kisiEvent, now);
        List<Camera> cameras = door.map(Door::cameras).orElse(List.of());
        if (cameras.isEmpty()) {
            labels.store(securityEvents.published(Label.onAccessEvent(event, kind, null)));
        } else {
            cameras.forEach(camera -> labels.store(securityEvents.published(Label.onAccessEvent(event, kind, camera))));
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
        Map<UUID, List<String>> labelsByEvent = labels.ofAccessEvents(latest.stream().map(AccessEvent::id).toList())
                .stream()
                .collect(Collectors.groupingBy(l -> l.accessEvent().id(),
                        Collectors.mapping(Label::name, Collectors.collectingAndThen(Collectors.toSet(),
                                names -> names.stream().sorted().toList()))));
        return latest.stream()
                .map(e -> new RecordedEvent(e, labelsByEvent.getOrDefault(e.id(), List.of()), false))
                .toList();
    }

    /**
     * The door of a lock event, known from then on by the name Kisi gives it, so that admins can map it to cameras
     * without an API token.
     */
    private Optional<Door> doorOf(KisiEvent event, Instant now) {
        if (!event.isLockEvent() || event.objectId() == null) {
            return Optional.empty();
        }
        String lockId;
        try {
            lockId = Door.validLockId(event.objectId());
        } catch (IllegalArgumentException notALockId) {
            return Optional.empty();
        }
        Optional<Door> known = doors.find(lockId);
        known.ifPresent(door -> door.rename(event.objectName(), now));
        if (known.isPresent()) {
            return known;
        }
        Door door = new Door(lockId, event.objectName(), now);
        doors.store(door);
        return Optional.of(door);
    }

    private List<String> labelNames(AccessEvent event) {
        return labels.ofAccessEvents(List.of(event.id())).stream().map(Label::name).distinct().toList();
    }
}
