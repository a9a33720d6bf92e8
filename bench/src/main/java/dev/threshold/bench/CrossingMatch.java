package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of detected crossings to true ones: same direction, within the tolerance, closest pairs first.
 * A leftover detection and a leftover truth close in time but of opposite directions count as a direction error
 * (they stay a false positive and a miss as well).
 */
public record CrossingMatch(int matched, int missed, int falsePositives, int directionErrors) {

    /** A detected crossing at clip time t, by the track that made it (-1: not known). */
    public record Detected(double t, Direction direction, long trackId) {

        public Detected(double t, Direction direction) {
            this(t, direction, -1);
        }
    }

    /**
     * Which detection each truth was paired with.
     *
     * @param matchedDetection  per truth, the index of the detection matched to it, or -1 when it was missed
     * @param flippedDetection  per missed truth, the leftover detection of the other direction within the tolerance
     *                          (a direction error), or -1
     */
    public record Pairing(int[] matchedDetection, int[] flippedDetection) {

        public boolean detectionMatched(int detection) {
            return Arrays.stream(matchedDetection).anyMatch(d -> d == detection);
        }
    }

    public static CrossingMatch of(List<EvalCase.TrueCrossing> truths, List<Detected> detected, double tolerance) {
        Pairing p = pair(truths, detected, tolerance);
        int matched =
                (int) Arrays.stream(p.matchedDetection()).filter(d -> d >= 0).count();
        int directionErrors =
                (int) Arrays.stream(p.flippedDetection()).filter(d -> d >= 0).count();
        return new CrossingMatch(matched, truths.size() - matched, detected.size() - matched, directionErrors);
    }

    public static Pairing pair(List<EvalCase.TrueCrossing> truths, List<Detected> detected, double tolerance) {
        record Pair(int truth, int detection, double gap) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < truths.size(); i++) {
            for (int j = 0; j < detected.size(); j++) {
                double gap = Math.abs(truths.get(i).t() - detected.get(j).t());
                if (truths.get(i).direction() == detected.get(j).direction() && gap <= tolerance) {
                    pairs.add(new Pair(i, j, gap));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::gap));
        int[] matchedDetection = new int[truths.size()];
        int[] flippedDetection = new int[truths.size()];
        Arrays.fill(matchedDetection, -1);
        Arrays.fill(flippedDetection, -1);
        boolean[] detectionUsed = new boolean[detected.size()];
        for (Pair p : pairs) {
            if (matchedDetection[p.truth()] < 0 && !detectionUsed[p.detection()]) {
                matchedDetection[p.truth()] = p.detection();
                detectionUsed[p.detection()] = true;
            }
        }
        for (int i = 0; i < truths.size(); i++) {
            for (int j = 0; j < detected.size() && matchedDetection[i] < 0; j++) {
                if (!detectionUsed[j]
                        && detected.get(j).direction() != truths.get(i).direction()
                        && Math.abs(truths.get(i).t() - detected.get(j).t()) <= tolerance) {
                    detectionUsed[j] = true;
                    flippedDetection[i] = j;
                    break;
                }
            }
        }
        return new Pairing(matchedDetection, flippedDetection);
    }
}
