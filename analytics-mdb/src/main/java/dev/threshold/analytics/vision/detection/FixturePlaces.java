package dev.threshold.analytics.vision.detection;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where fixtures stood lately. The detector frames a mannequin in some frames and not in others, and in dim, noisy or
 * blocky footage the odd box of it changes a little more than {@link SceneChange#STILL_SHARE}. Such a box, kept, belongs
 * to no track (the fixture has none, its other boxes were dropped), and a track lost nearby takes it: a leaver hidden
 * behind their companion for a second "came back in" on the mannequin's box. So a box where a fixture stood a moment
 * ago is still the fixture unless it changed as a person does ({@link SceneChange#stillWhereAFixtureStood}).
 */
public final class FixturePlaces {

    /** Seconds a fixture's place is remembered after its last box: it is framed again within a few frames. */
    static final double MEMORY_SECONDS = 10;
    /** Overlap (IoU) of two boxes at one place: a person's boxes from frame to frame overlap more than that. */
    static final double SAME_PLACE = 0.5;

    private record Seen(BoundingBox box, double time) {}

    private final Deque<Seen> seen = new ArrayDeque<>();

    /** Notes a box dropped as a fixture. */
    public void remember(BoundingBox box, double time) {
        seen.addLast(new Seen(box, time));
        while (time - seen.getFirst().time() > MEMORY_SECONDS) {
            seen.removeFirst();
        }
    }

    /** Whether a fixture stood at this box's place within the memory. */
    public boolean at(BoundingBox box, double time) {
        for (Seen s : seen) {
            if (time - s.time() <= MEMORY_SECONDS && s.box().iou(box) >= SAME_PLACE) {
                return true;
            }
        }
        return false;
    }
}
