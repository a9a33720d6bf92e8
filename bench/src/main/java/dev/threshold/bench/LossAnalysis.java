package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each missed crossing of a case was lost, read from the frames a {@link StageRecorder} kept. Around the true
 * time (the tolerance and a second more either side) it asks, latest stage first: was there a crossing the other way;
 * a track detected on the side the person came from and then on the other (the side decision missed it); as many
 * floor positions near the door in one frame as people crossing then (the track lost them); as many boxes at the door
 * line in the image (their foot points put them elsewhere); else the person was never detected near the door. A track
 * or detection that explains one person is not used for another crossing at the same time.
 */
public final class LossAnalysis {

    /** "Near the door": this close to its line, in metres, and no farther beyond its ends than {@link #END_MARGIN}. */
    static final double REACH_METRES = 1.5;

    static final double END_MARGIN_METRES = 0.5;
    /** A foot point closer than this to the line is on neither side (the zone's own dead band). */
    static final double SIDE_METRES = 0.1;

    private static final double WINDOW_BEYOND_TOLERANCE = 1.0;

    /** A missed truth and why. */
    public record Loss(EvalCase.TrueCrossing truth, LossStage stage, String why) {}

    private LossAnalysis() {}

    static List<Loss> of(
            EvalCase c,
            List<CrossingMatch.Detected> detected,
            CrossingMatch.Pairing pairing,
            List<StageRecorder.Frame> frames) {
        List<EvalCase.TrueCrossing> truths = c.crossings();
        Set<Long> usedTracks = new HashSet<>();
        for (int i = 0; i < truths.size(); i++) {
            int d = pairing.matchedDetection()[i];
            if (d >= 0) {
                usedTracks.add(detected.get(d).trackId());
            }
        }
        List<Loss> losses = new ArrayList<>();
        List<Integer> explained = new ArrayList<>();
        for (int i = 0; i < truths.size(); i++) {
            if (pairing.matchedDetection()[i] >= 0) {
                continue;
            }
            EvalCase.TrueCrossing truth = truths.get(i);
            double from = truth.t() - c.toleranceSeconds() - WINDOW_BEYOND_TOLERANCE;
            double to = truth.t() + c.toleranceSeconds() + WINDOW_BEYOND_TOLERANCE;
            List<StageRecorder.Frame> around =
                    frames.stream().filter(f -> f.t() >= from && f.t() <= to).toList();
            int flipped = pairing.flippedDetection()[i];
            if (flipped >= 0) {
                CrossingMatch.Detected d = detected.get(flipped);
                usedTracks.add(d.trackId());
                losses.add(new Loss(
                        truth,
                        LossStage.WRONG_DIRECTION,
                        String.format(
                                "counted %s at %.1f s by track %d",
                                d.direction().wire(), d.t(), d.trackId())));
                explained.add(i);
                continue;
            }
            Long crossed = trackOnBothSides(around, truth.direction(), usedTracks);
            if (crossed != null) {
                usedTracks.add(crossed);
                losses.add(new Loss(
                        truth,
                        LossStage.SIDE_DECISION,
                        "track " + crossed + " was detected "
                                + (truth.direction() == Direction.IN ? "outside, then inside" : "inside, then outside")
                                + " near the door, no crossing counted"));
                explained.add(i);
                continue;
            }
            int people = 1;
            for (int j = 0; j < truths.size(); j++) {
                boolean accounted = pairing.matchedDetection()[j] >= 0 || explained.contains(j);
                if (j != i && accounted && Math.abs(truths.get(j).t() - truth.t()) <= c.toleranceSeconds()) {
                    people++;
                }
            }
            int onFloor = peak(around, p -> nearDoor(p, around));
            int inImage = peak(around, p -> p.onDoorLine() || nearDoor(p, around));
            String counts = String.format(
                    "up to %d floor position(s) near the door and %d box(es) on the door line"
                            + " in a frame, for %d person(s) crossing then; tracks near the door: %s",
                    onFloor, inImage, people, tracksNear(around));
            LossStage stage = onFloor >= people
                    ? LossStage.TRACK
                    : inImage >= people ? LossStage.NO_FLOOR_POSITION : LossStage.NEVER_DETECTED;
            losses.add(new Loss(truth, stage, counts));
            explained.add(i);
        }
        return losses;
    }

    /** Each track detected near the door: its id, time span, and the depths it was detected at (inside positive). */
    private static String tracksNear(List<StageRecorder.Frame> frames) {
        record Span(double from, double to, double shallow, double deep, int detections) {}
        Map<Long, Span> spans = new java.util.TreeMap<>();
        for (StageRecorder.Frame f : frames) {
            for (StageRecorder.Placed p : f.tracks()) {
                if (p.detected() && nearDoor(p, frames)) {
                    spans.merge(
                            p.trackId(),
                            new Span(f.t(), f.t(), p.side(), p.side(), 1),
                            (a, b) -> new Span(
                                    Math.min(a.from(), b.from()),
                                    Math.max(a.to(), b.to()),
                                    Math.min(a.shallow(), b.shallow()),
                                    Math.max(a.deep(), b.deep()),
                                    a.detections() + b.detections()));
                }
            }
        }
        if (spans.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        spans.forEach((id, s) -> parts.add(String.format(
                "%d (%.1f-%.1f s, %d detections, depth %+.2f..%+.2f m)",
                id, s.from(), s.to(), s.detections(), s.shallow(), s.deep())));
        return String.join(", ", parts);
    }

    /** Counts of the missed crossings per stage, every stage listed. */
    static Map<LossStage, Integer> tally(List<Loss> losses) {
        Map<LossStage, Integer> tally = new EnumMap<>(LossStage.class);
        for (LossStage s : LossStage.values()) {
            tally.put(s, 0);
        }
        losses.forEach(l -> tally.merge(l.stage(), 1, Integer::sum));
        return tally;
    }

    /** A track, not yet explaining anyone, detected near the door on the side of departure and later on the other. */
    private static Long trackOnBothSides(List<StageRecorder.Frame> frames, Direction direction, Set<Long> used) {
        double before = direction == Direction.IN ? -1 : 1;
        Map<Long, Double> departedAt = new java.util.HashMap<>();
        for (StageRecorder.Frame f : frames) {
            for (StageRecorder.Placed p : f.tracks()) {
                if (!p.detected()
                        || used.contains(p.trackId())
                        || !nearDoor(p, frames)
                        || Math.abs(p.side()) < SIDE_METRES) {
                    continue;
                }
                if (Math.signum(p.side()) == before) {
                    departedAt.putIfAbsent(p.trackId(), f.t());
                } else if (departedAt.containsKey(p.trackId())) {
                    return p.trackId();
                }
            }
        }
        return null;
    }

    private static boolean nearDoor(StageRecorder.Placed p, List<StageRecorder.Frame> frames) {
        double door = frames.get(0).geometry().doorLengthMeters();
        double margin = END_MARGIN_METRES / door;
        return Math.abs(p.side()) <= REACH_METRES && p.along() >= -margin && p.along() <= 1 + margin;
    }

    private static int peak(List<StageRecorder.Frame> frames, java.util.function.Predicate<StageRecorder.Placed> near) {
        return frames.stream()
                .mapToInt(f -> (int) f.detections().stream().filter(near).count())
                .max()
                .orElse(0);
    }
}
