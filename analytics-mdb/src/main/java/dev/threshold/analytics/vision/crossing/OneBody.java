package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.tracking.Track;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person, two tracks: a second crossing is counted only once two people are seen. The detector sometimes frames
 * one person twice at the door (their whole body, and a box from a figure standing behind them down to their feet),
 * and a second track — one that had lived on that figure — rides the second framing through the door beside them.
 * Both tracks then cross the same way at about the same moment, as two people walking through side by side do. What
 * tells them apart: two people stand apart (at least {@link Companions#TWO_PEOPLE_METERS}, the tracker's radius of one
 * person) and are seen together on the side they reached; two tracks of one person stand on the same spot and take its
 * one box there in turn. A crossing made within {@link #SECONDS} of another live track's crossing the same way is held
 * when this track stood within that radius of the other when the other was last detected, and the two were never
 * detected in one frame both past the door on the side reached. It is counted at the first frame that shows them
 * apart, and dropped when its track ends; it stays held if the other track ends first (that track's crossing counted
 * the person). Distances are on the floor and depths in the {@link DoorFrame}: nothing depends on a side of the image
 * or of the line.
 */
final class OneBody {

    /** The same moment: two people walking through together cross within a step of each other. */
    static final double SECONDS = 1.5;

    /** A crossing held back, and the track it may have been a second track of. */
    private record Held(LineCrossing crossing, long twin) {}

    private final Map<Long, Held> held = new HashMap<>();

    /**
     * @param found   the crossings completed in this frame, in order
     * @param counted crossings already counted lately (the companions' record)
     * @return the crossings to count now: this frame's that have no twin, and held ones whose track now stands apart
     *     from its twin; a held crossing whose track ends is dropped, and one whose twin ends stays held (the twin's
     *     crossing counted that person)
     */
    List<LineCrossing> admit(
            List<LineCrossing> found, List<Track> tracks, Collection<LineCrossing> counted, Apart apart) {
        Map<Long, Track> live = new HashMap<>();
        tracks.forEach(t -> live.put(t.id(), t));
        List<LineCrossing> now = new ArrayList<>();
        held.keySet().retainAll(live.keySet());
        for (var it = held.entrySet().iterator(); it.hasNext(); ) {
            Held h = it.next().getValue();
            Track t = live.get(h.crossing().trackId());
            if (t.detectedNow() && live.containsKey(h.twin()) && !sameBody(h.crossing(), t.id(), h.twin(), apart)) {
                now.add(h.crossing());
                it.remove();
            }
        }
        for (LineCrossing c : found) {
            Track t = live.get(c.trackId());
            Track twin = t == null ? null : twin(c, t, live, counted, now, apart);
            if (twin != null) {
                held.put(c.trackId(), new Held(c, twin.id()));
            } else {
                now.add(c);
            }
        }
        return now;
    }

    private static boolean sameBody(LineCrossing c, long t, long u, Apart apart) {
        return apart.whenLastSeen(t, u) < Companions.TWO_PEOPLE_METERS && !apart.onTheSideReached(t, u, c.direction());
    }

    /** Another live track that crossed the same way at about the same moment and stands on this one's spot. */
    private static Track twin(
            LineCrossing c,
            Track t,
            Map<Long, Track> live,
            Collection<LineCrossing> counted,
            List<LineCrossing> now,
            Apart apart) {
        List<LineCrossing> all = new ArrayList<>(counted);
        all.addAll(now);
        for (LineCrossing other : all) {
            Track u = live.get(other.trackId());
            if (u != null
                    && u != t
                    && other.direction() == c.direction()
                    && Math.abs(seconds(other.at(), c.at())) <= SECONDS
                    && sameBody(c, t.id(), u.id(), apart)) {
                return u;
            }
        }
        return null;
    }

    /** What the zone saw of two tracks lately. */
    interface Apart {

        /** How far apart they stood when the second was last detected (infinite when not known). */
        double whenLastSeen(long a, long b);

        /** Whether they were ever detected in one frame both past the door on the side reached. */
        boolean onTheSideReached(long a, long b, Direction direction);
    }

    private static double seconds(Instant a, Instant b) {
        return Duration.between(a, b).toNanos() / 1e9;
    }
}
