package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who walked beside whom at the door, lately, and who crossed: what the door-line zone needs to tell that a person it
 * saw on one side only went through with a companion who hid them. Two tracks are companions when they were detected
 * in the same frames, as two people (farther apart than one person's two boxes), for a while: a person seen twice
 * for a frame, or a track split off someone, is not their own companion.
 */
final class Companions {

    /** Sightings older than this are forgotten; an inference reaches no further back. */
    private static final double MEMORY_SECONDS = 4;
    /** Two detections closer than this on the floor may be one person seen twice, not two walking together. */
    static final double TWO_PEOPLE_METERS = 0.45;
    /** Farther apart than this, they are not walking together. */
    private static final double BESIDE_METERS = 1.5;
    /** Frames and time detected together, as two people, before they count as companions. */
    private static final int TOGETHER_FRAMES = 3;

    private static final double TOGETHER_SECONDS = 0.3;

    record Sighting(Instant at, FloorPoint position, BoundingBox box) {}

    private final Map<Long, Deque<Sighting>> sightings = new HashMap<>();
    private final Deque<LineCrossing> crossings = new ArrayDeque<>();

    /** Notes where a track was detected in this frame. */
    void seen(Track t, Instant at) {
        Deque<Sighting> s = sightings.computeIfAbsent(t.id(), id -> new ArrayDeque<>());
        s.addLast(new Sighting(at, t.position(), t.box()));
        while (seconds(s.getFirst().at(), at) > MEMORY_SECONDS) {
            s.removeFirst();
        }
    }

    /** The crossings counted lately, oldest first. */
    java.util.Collection<LineCrossing> crossings() {
        return crossings;
    }

    void crossed(LineCrossing c) {
        crossings.addLast(c);
    }

    /** Forgets tracks that ended and crossings too old to matter. */
    void keepOnly(Set<Long> live, Instant now) {
        sightings.keySet().retainAll(live);
        while (!crossings.isEmpty() && seconds(crossings.getFirst().at(), now) > MEMORY_SECONDS + 2) {
            crossings.removeFirst();
        }
    }

    Optional<Sighting> last(long track) {
        Deque<Sighting> s = sightings.get(track);
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s.getLast());
    }

    /**
     * A crossing the given way by a companion of the track, stamped within {@code seconds} of {@code around}, whose box
     * covered the track's in the frame of {@code hidden}: the companion hid them there.
     */
    Optional<LineCrossing> hidingCompanionCrossed(
            long track, Sighting hidden, Direction direction, Instant around, double seconds) {
        for (LineCrossing c : crossings) {
            if (c.trackId() != track
                    && c.direction() == direction
                    && Math.abs(seconds(c.at(), around)) <= seconds
                    && together(track, c.trackId())
                    && overlapAt(c.trackId(), hidden)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Whether the two tracks were detected in the same frames as two people near each other, for a while. */
    boolean together(long a, long b) {
        Deque<Sighting> sa = sightings.get(a), sb = sightings.get(b);
        if (sa == null || sb == null) {
            return false;
        }
        Map<Instant, Sighting> byTime = new HashMap<>();
        sb.forEach(s -> byTime.put(s.at(), s));
        int frames = 0;
        Instant first = null, lastTogether = null;
        for (Sighting s : sa) {
            Sighting o = byTime.get(s.at());
            if (o == null) {
                continue;
            }
            double d = s.position().distanceTo(o.position());
            if (d >= TWO_PEOPLE_METERS && d <= BESIDE_METERS) {
                frames++;
                first = first == null ? s.at() : first;
                lastTogether = s.at();
            }
        }
        return frames >= TOGETHER_FRAMES && seconds(first, lastTogether) >= TOGETHER_SECONDS - 1e-6;
    }

    /**
     * How far track {@code a} stood from track {@code b} when {@code b} was last detected: {@code a}'s position then is
     * its own sighting of that frame, or read between its sightings just before and after (never extrapolated).
     * Empty when either has no sighting to compare.
     */
    Optional<Double> apartWhenLastSeen(long a, long b) {
        Deque<Sighting> sa = sightings.get(a), sb = sightings.get(b);
        if (sa == null || sb == null || sa.isEmpty() || sb.isEmpty()) {
            return Optional.empty();
        }
        Sighting last = sb.getLast(), before = null, after = null;
        for (Sighting s : sa) {
            if (!s.at().isAfter(last.at())) {
                before = s;
            } else if (after == null) {
                after = s;
            }
        }
        FloorPoint then;
        if (before == null) {
            then = after.position();
        } else if (after == null || before.at().equals(last.at())) {
            then = before.position();
        } else {
            double f = seconds(before.at(), last.at()) / seconds(before.at(), after.at());
            then = new FloorPoint(
                    before.position().x()
                            + f * (after.position().x() - before.position().x()),
                    before.position().y()
                            + f * (after.position().y() - before.position().y()));
        }
        return Optional.of(then.distanceTo(last.position()));
    }

    /** Whether the two tracks were detected in one frame, lately, both standing where {@code there} holds. */
    boolean seenTogether(long a, long b, java.util.function.Predicate<FloorPoint> there) {
        Deque<Sighting> sa = sightings.get(a), sb = sightings.get(b);
        if (sa == null || sb == null) {
            return false;
        }
        Map<Instant, Sighting> byTime = new HashMap<>();
        sb.forEach(s -> byTime.put(s.at(), s));
        for (Sighting s : sa) {
            Sighting o = byTime.get(s.at());
            if (o != null && there.test(s.position()) && there.test(o.position())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the other track's box, in the frame of the given sighting, overlapped it in the image. */
    private boolean overlapAt(long other, Sighting s) {
        Deque<Sighting> so = sightings.get(other);
        if (so == null) {
            return false;
        }
        return so.stream().filter(o -> o.at().equals(s.at())).anyMatch(o -> overlap(o.box(), s.box()));
    }

    static boolean overlap(BoundingBox a, BoundingBox b) {
        return a != null
                && b != null
                && Math.min(a.x2(), b.x2()) > Math.max(a.x1(), b.x1())
                && Math.min(a.y2(), b.y2()) > Math.max(a.y1(), b.y1());
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
