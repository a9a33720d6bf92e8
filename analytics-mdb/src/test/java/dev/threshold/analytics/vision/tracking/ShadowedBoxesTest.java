package dev.threshold.analytics.vision.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * At the server's 5 fps, a person half hidden behind a companion comes within a person's radius of them for a frame:
 * their box, dropped as the companion's second box, still continues their own track; but it never starts a track,
 * and one person framed twice frame after frame never keeps a second track alive on the second boxes.
 */
class ShadowedBoxesTest {

    private static final double FPS = 5;
    private final FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());

    /** A box in the image around x, as tall as given, its foot point placed on the floor at (x, y) metres. */
    private static FloorObservation box(double x, double y, double imageX, double top, double score) {
        return new FloorObservation(new FloorPoint(x, y), new BoundingBox(imageX - 12, top, imageX + 12, 150), score);
    }

    @Test
    void aCompanionsBoxTooCloseToTheFirstStillContinuesTheirTrack() {
        Track companion = null;
        // side by side, 0.6 m apart, walking 1.3 m/s; in the image the companion stands at x 160, the first at 140
        for (int i = 0; i < 10; i++) {
            double y = 5 - 1.3 * i / FPS;
            List<Track> tracks = tracker.update(List.of(box(4.7, y, 140, 95, 0.8), box(5.3, y, 160, 70, 0.6)), i / FPS);
            companion = tracks.stream()
                    .filter(t -> t.position().x() > 5)
                    .findFirst()
                    .orElseThrow();
        }
        long id = companion.id();
        // next frame the first steps across the companion's path: their foot points 0.4 m apart, the weaker box
        // (the companion's: the same place and height in the image as theirs) is the one dropped
        double y = 5 - 1.3 * 10 / FPS;
        List<Track> tracks = tracker.update(List.of(box(4.95, y, 145, 95, 0.8), box(5.3, y, 160, 68, 0.4)), 10 / FPS);
        Track after = tracks.stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        assertTrue(after.detectedNow(), "the companion's track took its box");
        assertEquals(2, tracks.size(), tracks.toString());
    }

    @Test
    void onePersonFramedTwiceEveryFrameKeepsOneTrack() {
        for (int i = 0; i < 25; i++) {
            double y = 5 - 1.3 * i / FPS;
            // their box, and a second, weaker one of their upper body whose foot point lies 0.4 m farther
            List<Track> tracks =
                    tracker.update(List.of(box(5, y, 150, 70, 0.8), box(5, y + 0.4, 150, 70, 0.5)), i / FPS);
            assertEquals(1, tracks.size(), "frame " + i + ": " + tracks);
        }
    }
}
