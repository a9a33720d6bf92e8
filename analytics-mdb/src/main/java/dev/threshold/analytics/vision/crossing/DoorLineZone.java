package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.analytics.vision.tracking.Track;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The door line as a zone with inertia. A track's side counts only once it has been detected on that side for
 * {@code inertiaFrames} frames; a crossing is a change of the counted side, so a person must hold one side and then
 * the other. Frames where the track only coasts on its prediction are no evidence and neither count nor reset.
 */
public final class DoorLineZone {

    private static final double MAX_WALK_SPEED = 2.0;

    private final FloorGeometry geometry;
    private final ZoneSettings settings;
    private final Map<Long, TrackSide> sides = new HashMap<>();

    public DoorLineZone(FloorGeometry geometry, ZoneSettings settings) {
        this.geometry = geometry;
        this.settings = settings;
    }

    /**
     * @param tracks the tracker's live tracks after a frame; tracks no longer listed are forgotten
     * @return crossings completed in this frame
     */
    public List<DoorCrossing> update(List<Track> tracks, Instant at) {
        List<DoorCrossing> crossings = new ArrayList<>();
        Map<Long, TrackSide> live = new HashMap<>();
        for (Track t : tracks) {
            TrackSide state = sides.getOrDefault(t.id(), new TrackSide());
            live.put(t.id(), state);
            if (t.detectedNow()) {
                state.observe(t, at, tracks).ifPresent(crossings::add);
            }
        }
        sides.clear();
        sides.putAll(live);
        return crossings;
    }

    /** Side bookkeeping of one track. */
    private final class TrackSide {
        private int settled;            // +1 inside, -1 outside, 0 not yet known
        private int candidate;
        private int candidateFrames;
        private double candidateScore;
        private Instant candidateSince;
        private FloorPoint candidateFirst;
        private FloorPoint lastOnSettled;
        private Instant lastOnSettledAt;
        private Instant candidateFirstAt;
        private double settledScore;
        private boolean provisional;

        java.util.Optional<DoorCrossing> observe(Track t, Instant at, List<Track> all) {
            FloorPoint p = t.position();
            double d = geometry.signedDoorDistance(p);
            if (Math.abs(d) < settings.deadbandMeters()) {
                return java.util.Optional.empty();
            }
            int side = d > 0 ? 1 : -1;
            if (side == settled) {
                candidate = 0;
                candidateFrames = 0;
                lastOnSettled = p;
                lastOnSettledAt = at;
                return java.util.Optional.empty();
            }
            if (side != candidate) {
                candidate = side;
                candidateFrames = 0;
                candidateScore = 0;
                candidateSince = at;
                candidateFirst = p;
                candidateFirstAt = at;
            }
            candidateFrames++;
            candidateScore += t.score();
            if (candidateFrames < settings.inertiaFrames()) {
                return java.util.Optional.empty();
            }
            int previous = settled;
            double previousScore = settledScore;
            FloorPoint before = lastOnSettled;
            Instant beforeAt = lastOnSettledAt;
            boolean wasProvisional = provisional;
            settled = candidate;
            settledScore = candidateScore / candidateFrames;
            lastOnSettled = p;
            lastOnSettledAt = at;
            candidate = 0;
            candidateFrames = 0;
            provisional = previous == 0 && emergedFromBehindSomeoneAcross(t, all);
            if (previous == 0 || wasProvisional || !throughDoor(before, candidateFirst) || !walkable(before, beforeAt)) {
                return java.util.Optional.empty();
            }
            Direction direction = settled > 0 ? Direction.IN : Direction.OUT;
            return java.util.Optional.of(new DoorCrossing(t.id(), candidateSince, direction,
                    (previousScore + settledScore) / 2));
        }

        /**
         * A person who steps out from behind another is first seen with their feet hidden, which puts them too far
         * from the camera — across the line from the one who hid them, though they walked beside them. Their first
         * side is then only provisional: the next change settles the side without counting a passage.
         */
        private boolean emergedFromBehindSomeoneAcross(Track t, List<Track> all) {
            for (Track other : all) {
                TrackSide side = other == t ? null : sides.get(other.id());
                if (side != null && other.confirmed() && other.detectedNow() && side.settled == -settled
                        && overlap(t.box(), other.box())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean overlap(BoundingBox a, BoundingBox b) {
            return Math.min(a.x2(), b.x2()) > Math.max(a.x1(), b.x1()) && Math.min(a.y2(), b.y2()) > Math.max(a.y1(), b.y1());
        }

        /**
         * A track that jumped across the line faster than anyone walks took over another person's detections: the
         * side change is real for the track, but it is not one person's passage.
         */
        private boolean walkable(FloorPoint before, Instant beforeAt) {
            double seconds = java.time.Duration.between(beforeAt, candidateFirstAt).toNanos() / 1e9;
            return before.distanceTo(candidateFirst) <= settings.maxStepMeters() + MAX_WALK_SPEED * seconds;
        }

        /** The passage from the last point on the old side to the first on the new one must cross the door itself. */
        private boolean throughDoor(FloorPoint before, FloorPoint after) {
            double da = geometry.signedDoorDistance(before), db = geometry.signedDoorDistance(after);
            double f = da == db ? 0.5 : da / (da - db);
            FloorPoint at = new FloorPoint(before.x() + f * (after.x() - before.x()),
                    before.y() + f * (after.y() - before.y()));
            double margin = settings.endMarginMeters() / geometry.doorLengthMeters();
            double along = geometry.alongDoor(at);
            return along >= -margin && along <= 1 + margin;
        }
    }
}
