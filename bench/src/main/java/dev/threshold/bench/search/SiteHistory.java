package dev.threshold.bench.search;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What happened at the {@link Site} over the last {@code days} days, as the product would have labelled it: Kisi
 * events through {@link DoorEventLabels} and {@link Label#onAccessEvent}, people counted at the doors through
 * {@link Label#onCrossing}. So the search text of every label is the one the server writes.
 * <p>
 * The mix, per hundred moments: 40 granted unlocks (each followed by the person entering, sometimes two people: a
 * tailgate), 38 people leaving, 4 denied unlocks, 3 doors opened and closed, 2 held open, 2 locked, 1 Kisi tailgate
 * report, a forced door now and then, daily first-to-arrive / last-to-leave / scheduled unlocks, rare lockdowns and
 * sign-ins. Weekends see a quarter of a weekday's moments; busy hours are 7 to 19 h.
 */
final class SiteHistory {

    /** A batch of rows for the database, in the order their foreign keys need. */
    record Batch(List<AccessEvent> events, List<DoorCrossing> crossings, List<Label> labels) {}

    private final Site site;
    private final Random random;
    private final Instant end;
    private final int days;
    private long trackId;

    SiteHistory(Site site, Random random, Instant end, int days) {
        this.site = site;
        this.random = random;
        this.end = end;
        this.days = days;
    }

    /**
     * Makes {@code labelCount} labels day by day, oldest first, handing over one day at a time in time order: a server
     * stores labels as events arrive, so the table's rows follow occurred_at, as here.
     */
    void generate(int labelCount, Consumer<Batch> sink) {
        double[] weights = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            weights[d] = isWeekday(dayStart(d)) ? 1 : 0.25;
            total += weights[d];
        }
        int made = 0;
        double share = 0;
        for (int d = 0; d < days; d++) {
            share += weights[d] / total;
            int target = d == days - 1 ? labelCount : (int) Math.round(labelCount * share);
            Batch batch = newBatch();
            Instant dayStart = dayStart(d);
            while (made + batch.labels().size() < target) {
                moment(batch, someBusyInstant(dayStart));
            }
            while (made + batch.labels().size() > labelCount) {
                batch.labels().remove(batch.labels().size() - 1);
            }
            batch.labels().sort(Comparator.comparing(Label::occurredAt));
            made += batch.labels().size();
            sink.accept(batch);
        }
    }

    private static Batch newBatch() {
        return new Batch(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private Instant dayStart(int day) {
        return end.minus(Duration.ofDays(days - day));
    }

    private static boolean isWeekday(Instant at) {
        return at.atOffset(ZoneOffset.UTC).getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }

    private void moment(Batch batch, Instant at) {
        Site.Door door = site.busyDoor(random);
        Site.Person person = site.anyone(random);
        int dice = random.nextInt(1000);
        if (dice < 400) {
            lockEvent(batch, "lock.unlock", true, door, person, at);
            int entering = random.nextInt(100) < 6 ? 2 : 1;
            for (int i = 0; i < entering; i++) {
                crossing(batch, door, DoorCrossing.Direction.in, at.plusSeconds(3 + 2L * i));
            }
        } else if (dice < 780) {
            crossing(batch, door, DoorCrossing.Direction.out, at);
        } else if (dice < 820) {
            lockEvent(batch, "lock.unlock", false, door, person, at);
        } else if (dice < 850) {
            lockEvent(batch, "lock.opened", true, door, null, at);
            lockEvent(batch, "lock.closed", true, door, null, at.plusSeconds(8));
        } else if (dice < 870) {
            lockEvent(batch, "lock.held_open", true, door, null, at);
        } else if (dice < 890) {
            lockEvent(batch, "lock.locked", true, door, null, at);
        } else if (dice < 900) {
            lockEvent(batch, "lock.tailgate", true, door, person, at);
        } else if (dice < 903) {
            lockEvent(batch, "lock.forced_open", true, door, null, at);
        } else if (dice < 930) {
            lockEvent(batch, "lock.first_to_arrive", true, door, person, at);
        } else if (dice < 960) {
            lockEvent(batch, "lock.last_to_leave", true, door, person, at);
        } else if (dice < 980) {
            lockEvent(
                    batch,
                    random.nextBoolean() ? "lock.scheduled_unlock_started" : "lock.scheduled_unlock_ended",
                    true,
                    door,
                    null,
                    at);
        } else if (dice < 981) {
            lockEvent(batch, random.nextBoolean() ? "lock.lock_down" : "lock.cancel_lockdown", true, door, person, at);
        } else {
            signIn(batch, person, at);
        }
    }

    /** A Kisi lock event and its label on every camera of the door (one label without camera if none watches it). */
    private void lockEvent(Batch batch, String type, boolean success, Site.Door door, Site.Person person, Instant at) {
        KisiEvent kisi = new KisiEvent(
                UUID.randomUUID().toString(),
                type,
                "Lock",
                door.lockId(),
                door.name(),
                person == null ? null : "User",
                person == null ? null : person.id(),
                person == null ? null : person.name(),
                null,
                "1201",
                "77",
                success,
                success ? null : "access_denied",
                success ? null : "No access rights at this time",
                at);
        AccessEvent event = AccessEvent.receivedFrom(kisi, at.plusMillis(300 + random.nextInt(900)), true);
        batch.events().add(event);
        var kind = DoorEventLabels.labelFor(kisi);
        if (door.cameras().isEmpty()) {
            batch.labels().add(Label.onAccessEvent(event, kind, null));
        }
        for (Camera camera : door.cameras()) {
            batch.labels().add(Label.onAccessEvent(event, kind, camera));
        }
    }

    /** A person counted on the door's first camera; doors without a camera count nobody. */
    private void crossing(Batch batch, Site.Door door, DoorCrossing.Direction direction, Instant at) {
        if (door.cameras().isEmpty()) {
            return;
        }
        DoorCrossing crossing = new DoorCrossing(
                door.cameras().get(0), ++trackId, at, direction, 0.6 + 0.4 * random.nextDouble(), null);
        batch.crossings().add(crossing);
        batch.labels().add(Label.onCrossing(crossing, door.name()));
    }

    /** Not a lock event, labelled all the same ("user sign in"), without door or camera. */
    private void signIn(Batch batch, Site.Person person, Instant at) {
        KisiEvent kisi = new KisiEvent(
                UUID.randomUUID().toString(),
                "user.sign_in",
                "User",
                person.id(),
                person.name(),
                "User",
                person.id(),
                person.name(),
                null,
                "1201",
                "77",
                true,
                null,
                null,
                at);
        AccessEvent event = AccessEvent.receivedFrom(kisi, at.plusMillis(500), true);
        batch.events().add(event);
        batch.labels().add(Label.onAccessEvent(event, DoorEventLabels.labelFor(kisi), null));
    }

    /** Within the day: nine in ten moments from 7 to 19 h, the rest any time. */
    private Instant someBusyInstant(Instant dayStart) {
        if (random.nextInt(10) == 0) {
            return dayStart.plusSeconds(random.nextInt(86_400));
        }
        return dayStart.plusSeconds(7 * 3600 + random.nextInt(12 * 3600));
    }
}
