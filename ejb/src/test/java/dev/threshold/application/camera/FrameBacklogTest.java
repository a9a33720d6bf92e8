package dev.threshold.application.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.camera.AnalysedFrame;
import dev.threshold.domain.camera.AnalysedFrameRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameBacklogTest {

    static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    private final FrameBacklog backlog = new FrameBacklog();
    /** What the analysis recorded, on whichever node: the database's analysed_frame rows. */
    private final List<AnalysedFrame> analysed = new ArrayList<>();

    {
        backlog.maxWaitingSeconds = 1;
        backlog.analysedFrames = new AnalysedFrameRepository() {
            @Override
            public boolean exists(String cameraId, Instant capturedAt) {
                return ofCamera(cameraId).stream().anyMatch(f -> f.capturedAt().equals(capturedAt));
            }

            @Override
            public void store(AnalysedFrame frame) {
                analysed.add(frame);
            }

            @Override
            public Optional<Instant> latestCapture(String cameraId) {
                return ofCamera(cameraId).stream()
                        .map(AnalysedFrame::capturedAt)
                        .max(Comparator.naturalOrder());
            }

            @Override
            public List<AnalysedFrame> ofCamera(String cameraId) {
                return analysed.stream()
                        .filter(f -> f.cameraId().equals(cameraId))
                        .toList();
            }
        };
        backlog.clock = Clock.fixed(T0, ZoneOffset.UTC);
    }

    @Test
    void aCameraWhoseFramesWaitUpToTheBoundIsBehindAndOthersAreNot() {
        for (int i = 0; i < 5; i++) {
            backlog.sent("door", frameTime(i));
        }
        assertFalse(backlog.full("door", 6));
        backlog.sent("door", frameTime(5));

        assertTrue(backlog.full("door", 6), "a second of frames at 6 fps waiting: new frames are dropped");
        assertFalse(backlog.full("lobby", 6), "another camera is not held back");
        backlog.taken("door");
        assertFalse(backlog.full("door", 6), "the analysis took one: frames go again");
    }

    @Test
    void framesAnalysedOnAnotherNodeStopCountingOnceTheDatabaseSaysSo() {
        for (int i = 0; i < 6; i++) {
            backlog.sent("door", frameTime(i));
        }
        assertTrue(backlog.full("door", 6));
        for (int i = 0; i < 3; i++) { // another node's analysis took them: this node's taken() is never called
            analysed.add(new AnalysedFrame("door", frameTime(i), "ref", T0));
        }
        assertTrue(
                backlog.full("door", 6), "the database is asked at most every " + FrameBacklog.RECHECK_MILLIS + " ms");
        backlog.clock = Clock.offset(backlog.clock, java.time.Duration.ofMillis(FrameBacklog.RECHECK_MILLIS));
        assertFalse(backlog.full("door", 6), "3 of 6 analysed elsewhere: frames go again");
        assertEquals(3, backlog.waiting("door"));
    }

    @Test
    void theBoundIsAtLeastFiveFrames() {
        assertEquals(5, backlog.maxWaiting(1));
        assertEquals(25, backlog.maxWaiting(25));
    }

    @Test
    void redeliveriesCountedTwiceNeverMakeTheCountNegative() {
        backlog.sent("door", frameTime(0));
        backlog.taken("door");
        backlog.taken("door");
        backlog.taken("lobby");

        assertEquals(0, backlog.waiting("door"));
        backlog.sent("door", frameTime(1));
        assertEquals(1, backlog.waiting("door"));
    }

    private static Instant frameTime(int i) {
        return T0.plusMillis(200L * i);
    }
}
