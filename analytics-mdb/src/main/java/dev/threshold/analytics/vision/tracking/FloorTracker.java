package dev.threshold.analytics.vision.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Continues tracks from frame to frame: predict each with constant velocity, pair tracks and observations greedily by
 * smallest gated floor distance (one observation per track, one track per observation), start tentative tracks from
 * the rest, and drop tracks unseen for longer than the coast time. Time is in seconds on any monotonic clock, so frame
 * rate may vary.
 */
public final class FloorTracker {

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
        List<FloorObservation> observations = onePerPerson(seen);
        if (!Double.isNaN(lastUpdate) && time > lastUpdate) {
            // The camera's rate, learnt from the frames themselves; a frame the motion gate skipped makes one
            // interval look long, so the estimate moves only part of the way.
            frameInterval = frameInterval + 0.3 * (Math.min(1.0, time - lastUpdate) - frameInterval);
        }
        lastUpdate = time;
        record Pair(Track track, int observation, double distance) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Track t : tracks) {
            double gate = settings.gateMeters() + settings.gatePerSecond() * Math.max(0, time - t.lastSeen() - 0.1);
            var predicted = t.predictedAt(time);
            for (int i = 0; i < observations.size(); i++) {
                double d = predicted.distanceTo(observations.get(i).position());
                if (d <= gate) {
                    pairs.add(new Pair(t, i, d));
                }
            }
        }
        // Confirmed tracks choose first at equal distance: a long-lived person should not lose a box to a flicker.
        pairs.sort(Comparator.comparingDouble(Pair::distance).thenComparing(p -> !p.track().confirmed()));
        List<Track> matched = new ArrayList<>();
        boolean[] used = new boolean[observations.size()];
        for (Pair p : pairs) {
            if (!used[p.observation()] && !matched.contains(p.track())) {
                boolean wasConfirmed = p.track().confirmed();
                p.track().observe(observations.get(p.observation()), time, settings.positionSmoothing(), settings.minHits(),
                        frameInterval);
                if (!wasConfirmed && p.track().confirmed()) {
                    confirmedCount++;
                }
                used[p.observation()] = true;
                matched.add(p.track());
            }
        }
        for (Track t : tracks) {
            if (!matched.contains(t)) {
                t.miss();
            }
        }
        tracks.removeIf(t -> !t.detectedNow() && (!t.confirmed() || time - t.lastSeen() > settings.maxCoastSeconds()));
        for (int i = 0; i < observations.size(); i++) {
            if (!used[i]) {
                Track t = new Track(nextId++, observations.get(i), time, settings.minHits());
                if (t.confirmed()) {
                    confirmedCount++;
                }
                tracks.add(t);
            }
        }
        return List.copyOf(tracks);
    }

    /** Drops the weaker of two observations standing on the same spot of floor. */
    private List<FloorObservation> onePerPerson(List<FloorObservation> seen) {
        List<FloorObservation> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparingDouble(FloorObservation::score).reversed());
        List<FloorObservation> kept = new ArrayList<>();
        for (FloorObservation o : sorted) {
            if (kept.stream().noneMatch(k -> k.position().distanceTo(o.position()) < settings.personRadius())) {
                kept.add(o);
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
