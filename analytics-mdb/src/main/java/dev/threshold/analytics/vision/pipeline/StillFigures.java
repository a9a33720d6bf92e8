package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.tracking.FloorObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Which of the detector's latest findings stand still, judged from the detections themselves and never from the
 * tracker's speed: the motion gate hands the tracker the same observations again until a figure has moved a sampling
 * step, so a slow walker's track can look still when the walker is not. A finding stands still when every detector
 * run over the last {@code windowSeconds} before the frame at hand, and the last run before them, saw a box that
 * overlaps it by {@code minOverlap} (intersection over union) with its feet within {@code maxMoveMetres}. Only runs
 * where the detector actually ran count; between them the motion gate vouches that nothing moved at the door (the
 * detector runs again as soon as something does). A history shorter than the window stands nobody still.
 */
final class StillFigures {

    private record Run(Instant at, List<FloorObservation> seen) {}

    private final double windowSeconds;
    private final double maxMoveMetres;
    private final double minOverlap;
    private final Deque<Run> runs = new ArrayDeque<>();

    /**
     * @param windowSeconds how long a figure must have barely moved
     * @param maxMoveMetres how far its feet may have moved on the floor over that time
     * @param minOverlap    how much its box must overlap the one seen in each run (intersection over union)
     */
    StillFigures(double windowSeconds, double maxMoveMetres, double minOverlap) {
        this.windowSeconds = windowSeconds;
        this.maxMoveMetres = maxMoveMetres;
        this.minOverlap = minOverlap;
    }

    /** 1.5 s and 0.25 m: a slow walk (0.5 m/s) moves 0.75 m in that time, someone waiting at a door a few cm. */
    static StillFigures defaults() {
        return new StillFigures(1.5, 0.25, 0.6);
    }

    /** The detector ran on the frame captured at {@code at} and found {@code seen}. */
    void detectorRan(Instant at, List<FloorObservation> seen) {
        runs.addLast(new Run(at, List.copyOf(seen)));
        Instant windowStart = at.minus(Duration.ofNanos(Math.round(windowSeconds * 1e9)));
        // keep the runs inside the window and the last one before it
        while (runs.size() >= 2 && !secondOldest().isAfter(windowStart)) {
            runs.removeFirst();
        }
    }

    /**
     * @param now the capture time of the frame at hand (the detector may have last run before it)
     * @return the findings of the latest run that stand still (the same objects as in that run's list)
     */
    List<FloorObservation> standing(Instant now) {
        List<FloorObservation> still = new ArrayList<>();
        Instant windowStart = now.minus(Duration.ofNanos(Math.round(windowSeconds * 1e9)));
        if (runs.isEmpty() || runs.getFirst().at().isAfter(windowStart)) {
            return still; // not watched for long enough yet
        }
        Run latest = runs.getLast();
        for (FloorObservation o : latest.seen()) {
            if (runs.stream().allMatch(run -> seenAgain(o, run))) {
                still.add(o);
            }
        }
        return still;
    }

    private boolean seenAgain(FloorObservation o, Run run) {
        for (FloorObservation q : run.seen()) {
            if (q.box().iou(o.box()) >= minOverlap && q.position().distanceTo(o.position()) <= maxMoveMetres) {
                return true;
            }
        }
        return false;
    }

    private Instant secondOldest() {
        var it = runs.iterator();
        it.next();
        return it.next().at();
    }
}
