package dev.threshold.application.verdict;

import dev.threshold.application.incident.IncidentAnnouncements;
import dev.threshold.application.incident.IncidentLabelling;
import dev.threshold.application.incident.IncidentSettings;
import dev.threshold.application.notification.HeldEmails;
import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.AccessEventRepository;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.camera.DoorCrossingRepository;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.incident.DoorWindowVerdict;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.incident.IncidentRepository;
import dev.threshold.domain.incident.IncidentStatus;
import dev.threshold.domain.window.DoorEvent;
import dev.threshold.domain.window.DoorSignal;
import dev.threshold.domain.window.DoorWindow;
import dev.threshold.domain.window.DoorWindows;
import dev.threshold.domain.window.Entry;
import dev.threshold.domain.window.Verdict;
import dev.threshold.domain.window.Verdicts;
import dev.threshold.domain.window.WebhookDelay;
import dev.threshold.domain.window.WindowRules;
import dev.threshold.infrastructure.messaging.DoorReview;
import dev.threshold.infrastructure.messaging.DoorReviews;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Judges a door's windows: cuts its lock events into windows, counts who went in on its cameras, and keeps each
 * ended window's verdict — opening, revising or withdrawing its incident and the incident's labels on the video.
 * Judging again gives the same result, so a review may come any number of times (a late event, a late crossing, the
 * window's end); one incident per window, always. Reviews of one door are serialised by their message group.
 */
@Stateless
public class VerdictService {

    /** Lock events this far around the review's moment are read to cut the windows around it. */
    static final Duration EVENTS_AROUND = Duration.ofMinutes(5);
    /** Windows overlapping this far around the review's moment are judged. */
    static final Duration JUDGED_AROUND = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(VerdictService.class.getName());

    @Inject
    DoorRepository doors;

    @Inject
    AccessEventRepository events;

    @Inject
    DoorCrossingRepository crossings;

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentLabelling labelling;

    @Inject
    HeldEmails heldEmails;

    @Inject
    IncidentSettings incidentSettings;

    @Inject
    DoorReviews doorReviews;

    @Inject
    WebhookDelays webhookDelays;

    @Inject
    IncidentAnnouncements announcements;

    @Inject
    VerdictSettings settings;

    @Inject
    Clock clock;

    public void judgeDoor(DoorReview review) {
        Optional<Door> found = doors.find(review.lockId());
        if (found.isEmpty()) {
            return;
        }
        Door door = found.get();
        Instant now = clock.instant();
        // The held-open maximum is the door's: when the window ends, a delayed review judges it (scheduleEnds).
        WindowRules rules = settings.rules().withHeldOpenMax(door.heldOpenMax());
        WebhookDelay delay = webhookDelays.current();
        Instant around = review.causedByLockEvent() ? delay.onTimeline(review.around()) : review.around();

        // Stored events are read by Kisi's created_at; the window is cut on our timeline.
        Instant kisiAround = around.minus(delay.correction());
        // A held-open window may have started up to its maximum before the moment: its grant must be read too.
        List<AccessEvent> stored = events.ofLockBetween(
                door.lockId(),
                kisiAround.minus(EVENTS_AROUND).minus(rules.heldOpenMax()),
                kisiAround.plus(EVENTS_AROUND));
        List<DoorWindow> windows = DoorWindows.cut(timeline(stored, delay), rules);
        if (windows.isEmpty()) {
            return;
        }
        if (review.causedByLockEvent()) {
            scheduleEnds(door, windows, now);
        }
        Instant focusFrom = around.minus(JUDGED_AROUND);
        Instant focusTo = around.plus(JUDGED_AROUND);
        List<DoorWindow> due = windows.stream()
                .filter(w -> w.endedBy(now)
                        && !w.start().isAfter(focusTo)
                        && !w.end().isBefore(focusFrom))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        Map<UUID, DoorCrossing> entries = entriesAround(door, windows, rules, now);
        Map<UUID, AccessEvent> storedById =
                stored.stream().collect(Collectors.toMap(AccessEvent::id, Function.identity()));
        List<Verdict> verdicts = Verdicts.decide(
                windows,
                entries.values().stream()
                        .map(c -> new Entry(c.id(), c.camera().id(), c.crossedAt(), c.confidence()))
                        .toList(),
                rules);
        List<DoorWindowVerdict> judged = new ArrayList<>(
                incidents.verdictsOfDoor(door.lockId(), focusFrom.minus(EVENTS_AROUND), focusTo.plus(EVENTS_AROUND)));
        for (Verdict verdict : verdicts) {
            if (due.contains(verdict.window())) {
                keep(door, verdict, judged, storedById, entries, now);
            }
        }
    }

    private static List<DoorEvent> timeline(List<AccessEvent> stored, WebhookDelay delay) {
        List<DoorEvent> timeline = new ArrayList<>();
        for (AccessEvent event : stored) {
            DoorSignal.of(event.type(), event.success())
                    .ifPresent(signal -> timeline.add(new DoorEvent(
                            event.id(),
                            signal,
                            delay.onTimeline(event.createdAt()),
                            event.actorId(),
                            event.actorName(),
                            event.actorEmail())));
        }
        return timeline;
    }

    /**
     * A review delivered when each still open window ends (plus the settle time): an end on an event, or, when no
     * event comes, at its time — the 10 s after a grant, the held-open maximum. Artemis keeps the scheduled message
     * (persistent, in the journal) and hands it to one consumer of the door's message group, so a node that goes
     * down loses none and two nodes do not judge one window at once; judging again would change nothing anyway.
     */
    private void scheduleEnds(Door door, List<DoorWindow> windows, Instant now) {
        for (DoorWindow window : windows) {
            if (window.end() != null && window.end().isAfter(now)) {
                doorReviews.deliverAt(
                        new DoorReview(door.lockId(), window.end(), DoorReview.WINDOW_END),
                        window.end().plus(settings.settle()));
            }
        }
    }

    private Map<UUID, DoorCrossing> entriesAround(Door door, List<DoorWindow> windows, WindowRules rules, Instant now) {
        List<UUID> cameraIds = door.cameras().stream().map(Camera::id).toList();
        Instant from = windows.get(0).start().minus(rules.tolerance());
        Instant last = windows.get(windows.size() - 1).end();
        Instant to = (last == null ? now : last).plus(rules.tolerance());
        return crossings.entriesOn(cameraIds, from, to).stream()
                .collect(Collectors.toMap(
                        DoorCrossing::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private void keep(
            Door door,
            Verdict verdict,
            List<DoorWindowVerdict> judged,
            Map<UUID, AccessEvent> storedById,
            Map<UUID, DoorCrossing> entries,
            Instant now) {
        List<AccessEvent> grantEvents = verdict.window().grants().stream()
                .map(g -> storedById.get(g.eventId()))
                .filter(Objects::nonNull)
                .toList();
        // The row of the same start first: a row's start may only move where no other row has it.
        DoorWindowVerdict kept = judged.stream()
                .filter(j -> j.startedAt().equals(verdict.window().start()))
                .findFirst()
                .or(() -> judged.stream()
                        .filter(j -> j.sameWindowAs(verdict.window()))
                        .findFirst())
                .orElse(null);
        if (kept == null) {
            kept = DoorWindowVerdict.judged(door, verdict, now);
            incidents.store(kept);
            judged.add(kept);
        } else {
            kept.rejudge(verdict, now);
        }
        Incident incident = kept.incident();
        if (incident == null) {
            if (verdict.unauthorised()) {
                Incident opened =
                        Incident.open(door, verdict, grantEvents, entries, incidentSettings.lowConfidence(), now);
                incidents.store(opened);
                kept.recordIncident(opened);
                labelling.label(opened);
                announcements.opened(opened);
                LOG.info(() ->
                        "Incident " + opened.id() + ": " + verdict.entries().size() + " went in at "
                                + door.displayName() + " on "
                                + verdict.window().grants().size() + " grant(s)"
                                + (opened.doubtful() ? ", on doubtful crossings only: needs review" : ""));
            }
            return;
        }
        IncidentStatus before = incident.status();
        boolean doubtfulBefore = incident.doubtful();
        boolean needsReviewBefore = incident.needsReview();
        if (incident.revise(verdict, grantEvents, entries, incidentSettings.lowConfidence(), now)) {
            boolean withdrawn = incident.status() == IncidentStatus.WITHDRAWN;
            if (before != IncidentStatus.WITHDRAWN && withdrawn) {
                labelling.remove(incident);
            } else if (before == IncidentStatus.WITHDRAWN && !withdrawn) {
                labelling.label(incident);
            } else if (!withdrawn && needsReviewBefore != incident.needsReview()) {
                labelling.relabel(incident);
            }
            if (!withdrawn && doubtfulBefore != incident.doubtful()) {
                announcements.certaintyChanged(incident);
                if (!incident.doubtful()) {
                    heldEmails.release(incident.id()); // a sure count needs no reviewer to be told
                }
            }
        }
    }
}
