package dev.threshold.analytics.vision.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the best of overlapping boxes: one person often fires several neighbouring anchors. */
public final class NonMaxSuppression {

    private NonMaxSuppression() {}

    /** @return the kept detections, best score first */
    public static List<PersonDetection> apply(List<PersonDetection> detections, double iouThreshold) {
        List<PersonDetection> sorted = new ArrayList<>(detections);
        sorted.sort(Comparator.comparingDouble(PersonDetection::score).reversed());
        List<PersonDetection> kept = new ArrayList<>();
        for (PersonDetection candidate : sorted) {
            boolean overlaps = false;
            for (PersonDetection k : kept) {
                if (k.box().iou(candidate.box()) > iouThreshold) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
