package dev.threshold.analytics.vision.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A figure at rest (a mannequin by the door, someone waiting) keeps its own track: the detector missing it for a few
 * frames does not hand its track to someone walking past near it, and a person who stands, then walks off, stays one
 * track. Boxes in pixels; floor points 2 cm a pixel from the box's feet, as far from the camera as in the CAVIAR shop
 * front, where a still figure's foot point jitters by tenths of a metre.
 */
class StillFigureTest {

    private static final double METRES_PER_PIXEL = 0.02;
    private static final double STILL_SECONDS = 3;

    private final FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());
    private final Random jitter = new Random(11);
    private int frame;

    private FloorObservation box(double x1, double y1, double x2, double y2) {
        BoundingBox b = new BoundingBox(x1, y1, x2, y2);
        FloorPoint feet = new FloorPoint((x1 + x2) / 2 * METRES_PER_PIXEL, -y2 * METRES_PER_PIXEL);
        return new FloorObservation(feet, b, 0.5);
    }

    /** The still figure's box: its head framed in some frames and not in others, its feet a pixel up or down. */
    private FloorObservation figure() {
        double top = jitter.nextBoolean() ? 66 : 80, bottom = 116 + jitter.nextInt(3) - 1;
        return box(300, top, 326, bottom);
    }

    /** The still figure, seen in every frame for the first seconds: its track's id. */
    private long standsStill(double fps) {
        List<Track> tracks = List.of();
        for (; frame < STILL_SECONDS * fps; frame++) {
            tracks = tracker.update(List.of(figure()), frame / fps);
        }
        return tracks.get(0).id();
    }

    private static Optional<Track> owner(List<Track> tracks, FloorObservation o) {
        return tracks.stream()
                .filter(t -> t.detectedNow() && t.box().equals(o.box()))
                .findFirst();
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {5, 10, 25})
    void aStillFigureMissedForAMomentDoesNotTakeTheBoxOfSomeonePassingBy(double fps) {
        long figure = standsStill(fps);
        // Missed for half a second while someone steps in beside it: their feet a few tenths of a metre from its
        // foot point, well within the tracker's gate, their box beside its box.
        List<Long> passerBy = new ArrayList<>();
        for (int i = 0; i < 0.5 * fps; i++, frame++) {
            FloorObservation walker = box(280 - 4 * i, 84, 298 - 4 * i, 129 + 2 * i);
            owner(tracker.update(List.of(walker), frame / fps), walker).ifPresent(t -> passerBy.add(t.id()));
        }
        assertTrue(!passerBy.contains(figure), "the still figure's track took the walker's box: " + passerBy);
        FloorObservation again = figure();
        List<Track> tracks = tracker.update(List.of(again), frame / fps);
        assertEquals(figure, owner(tracks, again).orElseThrow().id(), "the figure, seen again, is its own track");
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {5, 10, 25})
    void someoneWhoStandsThenWalksOffStaysOneTrack(double fps) {
        long standing = standsStill(fps);
        // Then walks toward the camera and to the left at 1.4 m/s: 70 px a second, a step under a body's width.
        for (int i = 1; i <= 2 * fps; i++, frame++) {
            double px = 70 * i / fps;
            FloorObservation walking = box(300 - px * 0.6, 66 + px * 0.2, 326 - px * 0.6, 116 + px * 0.8);
            List<Track> tracks = tracker.update(List.of(walking), frame / fps);
            assertEquals(standing, owner(tracks, walking).orElseThrow().id(), "frame " + i + " of the walk");
        }
        assertNotEquals(0, standing);
    }
}
