package dev.threshold.analytics.vision.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone waits behind a companion, walks on hidden behind them faster than the tracker's gate grows, and comes out
 * beside them: their box continues their own track, whatever the frame rate, and though nothing in what they look like
 * says so (no appearances here). A box that is not coming out from behind the companion, or that continues someone
 * else's body in the image, is not theirs.
 */
class BehindCompanionTest {

    private static final double WALK = 1.3;
    /** Where the second person waits, and where they come out after walking on, unseen, at 2.4 m/s for 0.6 s. */
    private static final FloorPoint WAITS = new FloorPoint(5.4, 3.0);

    private static final FloorPoint COMES_OUT = new FloorPoint(6.0, 1.7);

    private final FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());

    /** A box 24 px wide centred on imageX, from top down to y 150, its foot point placed on the floor at p. */
    private static FloorObservation box(FloorPoint p, double imageX, double top) {
        return new FloorObservation(p, new BoundingBox(imageX - 12, top, imageX + 12, 150), 0.8);
    }

    /** The companion walks down the floor at x 4.7; in the image they stand at x 140, the waiting one at x 160. */
    private static FloorObservation companion(double t) {
        return box(new FloorPoint(4.7, 4.5 - WALK * t), 140, 80);
    }

    /**
     * Plays the two people up to the frame where the hidden one comes out, gives that frame the boxes the caller adds,
     * and returns the id of the hidden one's track.
     */
    private long hiddenThenSeen(double fps, List<FloorObservation> atComingOut) {
        long hidden = -1;
        double lostAt = 1.4, outAt = 2.0;
        for (long i = 0, out = Math.round(outAt * fps); i <= out; i++) {
            double t = i / fps;
            List<FloorObservation> frame = new ArrayList<>();
            frame.add(companion(t));
            if (t < lostAt) {
                frame.add(box(WAITS, 160, 85));
            }
            if (i == out) {
                frame.addAll(atComingOut);
            }
            List<Track> tracks = tracker.update(frame, t);
            if (t < lostAt) {
                hidden = waiting(tracks);
            }
        }
        return hidden;
    }

    private static long waiting(List<Track> tracks) {
        return tracks.stream()
                .filter(tr -> tr.position().distanceTo(WAITS) < 0.3)
                .findFirst()
                .map(Track::id)
                .orElse(-1L);
    }

    private Track track(long id) {
        return tracker.tracks().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void someoneComingOutFromBehindTheCompanionWhoHidThemKeepsTheirTrack(double fps) {
        long id = hiddenThenSeen(fps, List.of(box(COMES_OUT, 150, 85)));
        assertTrue(track(id).detectedNow(), "the hidden person's track took the box: " + tracker.tracks());
        assertEquals(2, tracker.tracks().size(), "no new track: " + tracker.tracks());
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void aBoxThatDoesNotComeOutFromBehindTheCompanionStartsItsOwnTrack(double fps) {
        long id = hiddenThenSeen(fps, List.of(box(COMES_OUT, 200, 85)));
        assertFalse(track(id).detectedNow(), tracker.tracks().toString());
        assertEquals(3, tracker.tracks().size(), "a new track: " + tracker.tracks());
    }

    /**
     * Someone else stands just beside the companion all along (image x 120, floor 2.8 m farther down); in the frame
     * where the hidden one could come out, their feet are hidden and their box, shorter, puts them where the hidden
     * one would be, beside the companion. It continues their body in the image: it is theirs, not the hidden one's.
     */
    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void aBoxThatContinuesSomeoneElsesBodyIsNotTheHiddenOnes(double fps) {
        FloorPoint stands = new FloorPoint(6.4, -0.5);
        long hidden = -1;
        double lostAt = 1.4, outAt = 2.0;
        for (long i = 0, out = Math.round(outAt * fps); i <= out; i++) {
            double t = i / fps;
            List<FloorObservation> frame = new ArrayList<>();
            frame.add(companion(t));
            if (t < lostAt) {
                frame.add(box(WAITS, 160, 85));
            }
            boolean comingOut = i == out;
            frame.add(
                    comingOut
                            ? new FloorObservation(COMES_OUT, new BoundingBox(108, 60, 132, 120), 0.8)
                            : new FloorObservation(stands, new BoundingBox(108, 60, 132, 130), 0.8));
            List<Track> tracks = tracker.update(frame, t);
            if (t < lostAt) {
                hidden = waiting(tracks);
            }
        }
        assertFalse(track(hidden).detectedNow(), tracker.tracks().toString());
    }
}
