package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;

/**
 * Whether a track has stood at one place since it was first seen, box after box: a still figure (a mannequin or a
 * poster in a shop window, a reflection, a person who has not moved since they came into view). A thing at rest stays
 * where it is: when the detector misses it for a few frames, it is still there, not walking off, so the box of someone
 * passing near it is not its own. Someone who walked up and now waits is not at rest in this sense: they may walk on,
 * unseen behind a companion, and be recognised farther on. It leaves its rest only through a box that stands
 * on and over where it stood, as anyone who starts to walk does from one frame to the next (a step is less than a
 * body's width); a box elsewhere belongs to someone else, however near on the floor. Judged in the image, in units of
 * the figure's own width, not on the floor: a foot point far from the camera jitters by tenths of a metre while the
 * box stays put. Only the feet and the sides: the detector frames a still figure's head in one frame and not the next.
 * Counted in detections, not seconds: a walker moves off their place within a few frames at any frame rate, and a
 * coasting track proves nothing.
 */
final class AtRest {

    /** Detections at its first place, and only there, before a track counts as at rest. */
    static final int DETECTIONS = 5;
    /** How far, in widths of the resting box, a box's feet may lie from its feet and still be at the same place. */
    static final double SAME_PLACE = 0.25;
    /** How much wider or narrower a box at the same place may be. */
    static final double SAME_WIDTH = 1.25;
    /** How far, in widths, the feet of the first box of a track that leaves its rest may lie: under a step. */
    static final double STEP = 1.0;
    /** How much of the narrower box's width that first box must share with the resting box, side to side. */
    static final double SHARED_WIDTH = 1.0 / 3;

    private final BoundingBox place;
    private int detections = 1;
    private boolean moved;

    AtRest(BoundingBox first) {
        place = first;
        moved = first == null;
    }

    /** Notes the track's new box: at its place still, or away from it for good. */
    void observed(BoundingBox box) {
        if (!moved && box != null && samePlace(box)) {
            detections++;
        } else {
            moved = true;
        }
    }

    /** Whether the track has stood at its first place, and nowhere else, long enough to be at rest there. */
    boolean atRest() {
        return !moved && detections >= DETECTIONS;
    }

    /** Whether the track may take this box: any box while it moves; at rest, one where it stands. */
    boolean mayTake(BoundingBox box) {
        return !atRest() || box != null && feetWithin(box, STEP) && sharedWidth(box) >= SHARED_WIDTH;
    }

    private boolean samePlace(BoundingBox box) {
        double ratio = box.width() / place.width();
        return feetWithin(box, SAME_PLACE) && ratio <= SAME_WIDTH && ratio >= 1 / SAME_WIDTH;
    }

    private boolean feetWithin(BoundingBox box, double widths) {
        double dx = (box.x1() + box.x2()) / 2 - (place.x1() + place.x2()) / 2;
        double dy = box.y2() - place.y2();
        return Math.hypot(dx, dy) <= widths * place.width();
    }

    private double sharedWidth(BoundingBox box) {
        double shared = Math.min(box.x2(), place.x2()) - Math.max(box.x1(), place.x1());
        return Math.max(0, shared) / Math.min(box.width(), place.width());
    }
}
