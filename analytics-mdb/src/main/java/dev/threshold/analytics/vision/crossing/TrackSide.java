package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Side bookkeeping of one track, for {@link DoorLineZone}. */
final class TrackSide {
    private static final double MAX_WALK_SPEED = 2.0;
    /**
     * How close in time a companion's crossing must be to the moment a hidden person was last seen past the line, or
     * first seen on the threshold: they walked through together, about a step apart.
     */
    static final double COMPANION_SECONDS = 1.5;
    /** How far a person first seen on the threshold must then walk into the side they settle on, to be going there. */
    static final double ONWARD_METERS = 0.3;

    private final DoorFrame door;
    private final ZoneSettings settings;
    /** Every track's side as the zone kept it after the previous frame (the zone's own map, not a copy). */
    private final Map<Long, TrackSide> sides;

    private final Companions companions;
    private int settled; // +1 inside, -1 outside, 0 not yet known
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
    /** When the track was first seen past the line, off its settled side: the time a crossing is stamped with. */
    private Instant pastLineAt;
    /** Deepest distance from the line on the settled side so far, and on the side settled before it. */
    private double deepest;

    private double leftDeepest;
    /** A side change that passed every test but depth; counted once the new side is deep enough. */
    private LineCrossing pending;
    /** Side changes settled so far, the first (from no side) included. */
    private int sideChanges;
    /** Where the track was first detected, when that was on the threshold in front of the door; else null. */
    private Companions.Sighting bornOnThreshold;

    private double bornDepth;
    /** The side, and its depth, of a companion whose box covered this track's when it was first detected. */
    private int besideSide;

    private double besideDepth;
    private boolean inferred;
    private final LostBehind lostBehind = new LostBehind();

    TrackSide(DoorFrame door, ZoneSettings settings, Map<Long, TrackSide> sides, Companions companions) {
        this.door = door;
        this.settings = settings;
        this.sides = sides;
        this.companions = companions;
    }

    /**
     * Notes a track's first detection: on the threshold, in front of the door, and covered by someone standing on a
     * side, it may be a person who walked there hidden behind them.
     */
    void born(Track t, Instant at, List<Track> all) {
        double d = door.depth(t.position());
        if (Math.abs(d) >= settings.passageMeters() / 2
                || door.offset(t.position()) > door.halfWidth() + settings.endMarginMeters()) {
            return;
        }
        for (Track other : all) {
            TrackSide side = other == t ? null : sides.get(other.id());
            double od = door.depth(other.position());
            if (side != null
                    && other.confirmed()
                    && other.detectedNow()
                    && side.settled != 0
                    && Math.signum(od) == side.settled
                    && Companions.overlap(t.box(), other.box())) {
                bornOnThreshold = new Companions.Sighting(at, t.position(), t.box());
                bornDepth = d;
                besideSide = side.settled;
                besideDepth = Math.abs(od);
                return;
            }
        }
    }

    /**
     * A track first detected on the threshold beside a companion, hidden behind them until then, that walks on into
     * the other side, crossed with the companion when the companion crossed that way: it came from the
     * companion's side. Counted once, with half the companion's confidence (an inference, for a reviewer). Its
     * first side may be provisional (seen there while the companion, across, still covered it): walking on into
     * that side while the companion crosses to it is what the provisional side waited for.
     */
    java.util.Optional<LineCrossing> wentWithCompanion(Track t, Instant at) {
        if (bornOnThreshold == null
                || inferred
                || sideChanges != 1
                || settled != -besideSide
                || deepest - settled * bornDepth < ONWARD_METERS
                || besideDepth + deepest < settings.passageMeters()) {
            return java.util.Optional.empty();
        }
        Direction direction = settled > 0 ? Direction.IN : Direction.OUT;
        return companions
                .hidingCompanionCrossed(t.id(), bornOnThreshold, direction, bornOnThreshold.at(), COMPANION_SECONDS)
                .map(c -> {
                    inferred = true;
                    return new LineCrossing(t.id(), bornOnThreshold.at(), direction, c.confidence() / 2);
                });
    }

    /**
     * A track that ended out of sight right after it was detected past the line, through the door, while the
     * companion who hid it crossed the same way: the person went on with them (the side they were seen on last
     * was not held long enough to settle only because they were hidden). Half the companion's confidence.
     */
    java.util.Optional<LineCrossing> endedOutOfSight(long id) {
        if (settled == 0
                || provisional
                || candidate != -settled
                || candidateFirst == null
                || pastLineAt == null
                || !door.passesThrough(lastOnSettled, candidateFirst, settings.endMarginMeters())
                || !walkable(lastOnSettled, lastOnSettledAt)
                || deepest + Math.abs(door.depth(candidateFirst)) < settings.passageMeters()) {
            return java.util.Optional.empty();
        }
        Direction direction = candidate > 0 ? Direction.IN : Direction.OUT;
        Instant crossedAt = pastLineAt;
        return companions
                .last(id)
                .flatMap(last -> companions.hidingCompanionCrossed(id, last, direction, crossedAt, COMPANION_SECONDS))
                .map(c -> new LineCrossing(id, crossedAt, direction, c.confidence() / 2));
    }

    java.util.Optional<LineCrossing> observe(Track t, Instant at, List<Track> all) {
        FloorPoint p = t.position();
        double d = door.depth(p);
        double reach = door.hiddenFeetDepth(t);
        lostBehind.detected(at, p, t.box(), d, reach);
        if (!Double.isNaN(reach) && !onOneSide(d, reach) && wouldErase(d)) {
            // Feet hidden behind someone in front: the person stands somewhere between the two depths, which lie on
            // both sides or on the threshold. No evidence against the side they were seen reaching: as a coasting
            // frame.
            return java.util.Optional.empty();
        }
        if (Math.abs(d) < settings.settleMeters()) {
            // On the threshold: the new side, if one was building, must start again once off it.
            candidate = 0;
            candidateFrames = 0;
            if (Math.signum(d) == settled) {
                pastLineAt = null;
            } else if (pastLineAt == null) {
                pastLineAt = at;
            }
            return java.util.Optional.empty();
        }
        int side = d > 0 ? 1 : -1;
        if (side != settled) {
            pending = null;
        }
        if (side != settled && pastLineAt == null) {
            pastLineAt = at;
        }
        if (side == settled) {
            pastLineAt = null;
            candidate = 0;
            candidateFrames = 0;
            lastOnSettled = p;
            lastOnSettledAt = at;
            deepest = Math.max(deepest, Math.abs(d));
            if (pending != null && leftDeepest + deepest >= settings.passageMeters()) {
                LineCrossing c = pending;
                pending = null;
                return java.util.Optional.of(c);
            }
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
        double held = java.time.Duration.between(candidateSince, at).toNanos() / 1e9;
        // A provisional side was likely wrong from the start: one detection beyond the band corrects it.
        boolean settles =
                provisional || candidateFrames >= settings.minDetections() && held >= settings.settleSeconds() - 1e-6;
        if (!settles) {
            return java.util.Optional.empty();
        }
        int previous = settled;
        double previousScore = settledScore;
        FloorPoint before = lastOnSettled;
        Instant beforeAt = lastOnSettledAt;
        boolean wasProvisional = provisional;
        leftDeepest = deepest;
        deepest = Math.abs(d);
        pending = null;
        Instant crossedAt = pastLineAt == null ? candidateSince : pastLineAt;
        pastLineAt = null;
        settled = candidate;
        sideChanges++;
        settledScore = candidateScore / candidateFrames;
        lastOnSettled = p;
        lastOnSettledAt = at;
        candidate = 0;
        candidateFrames = 0;
        provisional = previous == 0 && emergedFromBehindSomeoneAcross(t, all);
        if (previous == 0
                || wasProvisional
                || !door.passesThrough(before, candidateFirst, settings.endMarginMeters())
                || !walkable(before, beforeAt)
                || !walkable(before, beforeAt, p, at)) {
            return java.util.Optional.empty();
        }
        Direction direction = settled > 0 ? Direction.IN : Direction.OUT;
        LineCrossing crossing = new LineCrossing(t.id(), crossedAt, direction, (previousScore + settledScore) / 2);
        if (leftDeepest + deepest < settings.passageMeters()) {
            // Not yet deep enough to tell from someone walking along the threshold: counted if it gets deeper.
            pending = crossing;
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(crossing);
    }

    /** A track lost behind a companion at the door, on the threshold, went on with them ({@link LostBehind}). */
    java.util.Optional<LineCrossing> wentOnHidden(long id) {
        return provisional
                ? java.util.Optional.empty()
                : lostBehind.wentOn(id, settled, deepest, door, settings, companions);
    }

    /** Whether a detection at this depth would wipe out what the track showed of the other side so far. */
    private boolean wouldErase(double d) {
        int face = Math.abs(d) < settings.settleMeters() ? 0 : (d > 0 ? 1 : -1);
        return candidate != 0 && face != candidate
                || pastLineAt != null && (face == settled || face == 0 && Math.signum(d) == settled);
    }

    /** Whether both depths lie beyond the threshold band on one side of the line. */
    private boolean onOneSide(double a, double b) {
        return Math.signum(a) == Math.signum(b) && Math.min(Math.abs(a), Math.abs(b)) >= settings.settleMeters();
    }

    /**
     * A person who steps out from behind another is first seen with their feet hidden, which puts them too far
     * from the camera — across the line from the one who hid them, though they walked beside them. Their first
     * side is then only provisional: the next change settles the side without counting a passage. Only someone in
     * front can have hidden them: a box overlapping theirs whose bottom is lower in the image (nearer the camera). A
     * figure standing behind them, whose box their own overlaps, hid nothing: their feet were in view, their side is
     * their own (a person walking in past a mannequin inside lost their entry that way).
     */
    private boolean emergedFromBehindSomeoneAcross(Track t, List<Track> all) {
        for (Track other : all) {
            TrackSide side = other == t ? null : sides.get(other.id());
            if (side != null
                    && other.confirmed()
                    && other.detectedNow()
                    && side.settled == -settled
                    && Companions.overlap(t.box(), other.box())
                    && other.box().y2() > t.box().y2()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A track that jumped across the line faster than anyone walks took over another person's detections: the
     * side change is real for the track, but it is not one person's passage. Measured to the first detection past
     * the line and, when the side settles, to the detection that settles it: a box whose bottom edge slides off one
     * person onto someone standing deeper (a compressed frame's box from the one behind's head down over the one in
     * front) puts its first point past the line within a step, and the rest of the way faster than anyone walks.
     */
    private boolean walkable(FloorPoint before, Instant beforeAt) {
        return walkable(before, beforeAt, candidateFirst, candidateFirstAt);
    }

    private boolean walkable(FloorPoint before, Instant beforeAt, FloorPoint after, Instant afterAt) {
        double seconds = java.time.Duration.between(beforeAt, afterAt).toNanos() / 1e9;
        return before.distanceTo(after) <= settings.maxStepMeters() + MAX_WALK_SPEED * seconds;
    }
}
