package dev.threshold.analytics.vision.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Continues tracks from frame to frame: predict each with constant velocity over the real interval, pair tracks and
 * observations by the cheapest assignment of all of them at once (gated floor distance to the prediction, plus a
 * change of box size; one observation per track, one track per observation), start tentative tracks from the rest, and drop tracks unseen for longer than the coast time. Time is in seconds on any monotonic clock, so frame
 * rate may vary. Before a box starts a track, it may continue someone hidden behind a companion who comes out beside
 * them ({@link BehindCompanion}). A track that has not moved since it was first seen (a mannequin by the door) takes
 * only boxes where it stands ({@link AtRest}), by any of these ways.
 */
public final class FloorTracker {

    /** Metres of floor distance that a box's size changing by a factor e is worth: people do not change size. */
    private static final double SIZE_WEIGHT = 0.3;

    private static final double TENTATIVE_PENALTY = 1e-3;

    private final TrackerSettings settings;
    private final List<Track> tracks = new ArrayList<>();
    private long nextId = 1;
    private long confirmedCount;
    private double lastUpdate = Double.NaN;
    private double frameInterval = Track.REFERENCE_INTERVAL;

    public FloorTracker(TrackerSettings settings) {
        this.settings = settings;
    }

    /** @return the live tracks after this frame, tentative ones included */
    public List<Track> update(List<FloorObservation> seen, double time) {
        List<Shadowed> shadowed = new ArrayList<>();
        List<FloorObservation> observations = onePerPerson(seen, shadowed);
        Map<FloorObservation, Double> feetHidden = HiddenFeet.in(observations);
        if (!Double.isNaN(lastUpdate) && time > lastUpdate) {
            // The camera's rate, learnt from the frames themselves; a frame the motion gate skipped makes one
            // interval look long, so the estimate moves only part of the way.
            frameInterval = frameInterval + 0.3 * (Math.min(1.0, time - lastUpdate) - frameInterval);
        }
        lastUpdate = time;
        // One cost per track and observation: how far the observation lies from where the track's motion puts it
        // now (the prediction runs over the real interval, so 5 fps predicts five times farther than 25 fps), plus
        // how much the box's size changed; pairs beyond the gate are impossible. The cheapest assignment over all
        // pairs at once keeps two people whose paths cross on their own tracks.
        double[][] cost = new double[tracks.size()][observations.size()];
        List<List<Track>> owners = new ArrayList<>();
        for (FloorObservation o : observations) {
            owners.add(Owners.of(o, tracks, time, t -> reach(t, time)));
        }
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            double gate = gate(t, time), unseen = unseen(t, time);
            var predicted = t.predictedAt(time);
            for (int j = 0; j < observations.size(); j++) {
                FloorObservation o = observations.get(j);
                double d = predicted.distanceTo(o.position());
                // Beyond the gate only a box that looks like the track; within it not one that looks like another.
                // A track at rest takes only a box where it stands, however near another lies on the floor.
                boolean reachable = t.mayTake(o.box())
                        && (d <= gate
                                ? !Recognition.refused(t, o, unseen, owners.get(j))
                                : Recognition.recognised(t, o, d, unseen, settings.gateMeters(), owners.get(j)));
                // Confirmed tracks win a tie: a long-lived person should not lose a box to a flicker.
                cost[i][j] = !reachable
                        ? Double.POSITIVE_INFINITY
                        : d + SIZE_WEIGHT * sizeChange(t, o) + (t.confirmed() ? 0 : TENTATIVE_PENALTY);
            }
        }
        int[] chosen = Assignment.solve(cost, observations.size());
        List<Track> matched = new ArrayList<>();
        boolean[] used = new boolean[observations.size()];
        for (int i = 0; i < tracks.size(); i++) {
            if (chosen[i] >= 0) {
                Track t = tracks.get(i);
                boolean wasConfirmed = t.confirmed();
                observe(t, observations.get(chosen[i]), time, feetHidden);
                if (!wasConfirmed && t.confirmed()) {
                    confirmedCount++;
                }
                used[chosen[i]] = true;
                matched.add(t);
            }
        }
        if (frameInterval >= ShadowedBoxes.MIN_INTERVAL) {
            ShadowedBoxes.giveToTheirOwnTracks(
                    shadowed, tracks, matched, time, t -> gate(t, time), (t, o) -> observe(t, o, time, feetHidden));
        }
        BehindCompanion.noteWhoHides(tracks, matched);
        // A box nobody took may be someone hidden behind a companion, come out beside them: before it starts a track.
        for (int i = 0; i < observations.size(); i++) {
            used[i] = used[i]
                    || BehindCompanion.reappeared(
                            observations.get(i),
                            tracks,
                            matched,
                            time,
                            t -> reach(t, time),
                            (t, o) -> observe(t, o, time, feetHidden));
        }
        for (Track t : tracks) {
            if (!matched.contains(t)) {
                t.miss();
            }
        }
        tracks.removeIf(t -> !t.detectedNow() && (!t.confirmed() || time - t.lastSeen() > settings.maxCoastSeconds()));
        for (int i = 0; i < observations.size(); i++) {
            if (!used[i]) {
                Track t = new Track(nextId++, observations.get(i), time, settings.minHits())
                        .feetHiddenTo(feetHidden.getOrDefault(observations.get(i), Double.NaN));
                if (t.confirmed()) {
                    confirmedCount++;
                }
                tracks.add(t);
            }
        }
        return List.copyOf(tracks);
    }

    private void observe(Track t, FloorObservation o, double time, Map<FloorObservation, Double> feetHidden) {
        t.observe(
                o,
                time,
                settings.positionSmoothing(),
                settings.minHits(),
                frameInterval,
                feetHidden.getOrDefault(o, Double.NaN));
    }

    /** How far from its prediction a track may find its next observation: wider the longer it went unseen. */
    private double gate(Track t, double time) {
        return settings.gateMeters() + settings.gatePerSecond() * unseen(t, time);
    }

    /** How far from its prediction a track could be now at all: its gate, plus a brisk walk while unseen. */
    private double reach(Track t, double time) {
        return settings.gateMeters() + Recognition.BRISK_WALK * unseen(t, time);
    }

    /** Seconds a track went unseen beyond one frame interval: 0 for a track seen in the previous frame. */
    private double unseen(Track t, double time) {
        return Math.max(0, time - t.lastSeen() - frameInterval);
    }

    /** How much a box's height changed from the track's last one, as |ln ratio|; 0 when either is degenerate. */
    private static double sizeChange(Track t, FloorObservation o) {
        double before = t.box() == null ? 0 : t.box().height(),
                now = o.box() == null ? 0 : o.box().height();
        return before > 0 && now > 0 ? Math.abs(Math.log(now / before)) : 0;
    }

    /**
     * Drops the weaker of two observations standing on the same spot of floor; the dropped ones go to
     * {@code shadowed}, with the observation that outweighed them.
     */
    private List<FloorObservation> onePerPerson(List<FloorObservation> seen, List<Shadowed> shadowed) {
        List<FloorObservation> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparingDouble(FloorObservation::score).reversed());
        List<FloorObservation> kept = new ArrayList<>();
        for (FloorObservation o : sorted) {
            FloorObservation stronger = kept.stream()
                    .filter(k -> k.position().distanceTo(o.position()) < settings.personRadius())
                    .findFirst()
                    .orElse(null);
            if (stronger == null) {
                kept.add(o);
            } else {
                shadowed.add(new Shadowed(o, stronger));
            }
        }
        return kept;
    }

    public List<Track> tracks() {
        return List.copyOf(tracks);
    }

    /** How many tracks have been confirmed since the start: an upper bound of the distinct people seen. */
    public long confirmedCount() {
        return confirmedCount;
    }
}
