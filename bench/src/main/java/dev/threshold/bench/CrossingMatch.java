package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of detected crossings to true ones: same direction, within the tolerance, closest pairs first.
 * A leftover detection and a leftover truth close in time but of opposite directions count as a direction error
 * (they stay a false positive and a miss as well).
 */
public record CrossingMatch(int matched, int missed, int falsePositives, int directionErrors) {

    /** A detected crossing at clip time t. */
    public record Detected(double t, Direction direction) {
    }

    public static CrossingMatch of(List<EvalCase.TrueCrossing> truths, List<Detected> detected, double tolerance) {
        record Pair(int truth, int detection, double gap) {
        }
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
        boolean[] truthUsed = new boolean[truths.size()];
        boolean[] detectionUsed = new boolean[detected.size()];
        int matched = 0;
        for (Pair p : pairs) {
            if (!truthUsed[p.truth()] && !detectionUsed[p.detection()]) {
                truthUsed[p.truth()] = true;
                detectionUsed[p.detection()] = true;
                matched++;
            }
        }
        int directionErrors = 0;
        boolean[] flipped = new boolean[detected.size()];
        for (int i = 0; i < truths.size(); i++) {
            for (int j = 0; j < detected.size() && !truthUsed[i]; j++) {
                if (!detectionUsed[j] && !flipped[j] && detected.get(j).direction() != truths.get(i).direction()
                        && Math.abs(truths.get(i).t() - detected.get(j).t()) <= tolerance) {
                    flipped[j] = true;
                    directionErrors++;
                    break;
                }
            }
        }
        return new CrossingMatch(matched, truths.size() - matched, detected.size() - matched, directionErrors);
    }
}
