package dev.threshold.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameBacklogTest {

    private final FrameBacklog backlog = new FrameBacklog();

    {
        backlog.maxWaitingSeconds = 1;
    }

    @Test
    void aCameraWhoseFramesWaitUpToTheBoundIsBehindAndOthersAreNot() {
        for (int i = 0; i < 5; i++) {
            backlog.sent("door");
        }
        assertFalse(backlog.full("door", 6));
        backlog.sent("door");

        assertTrue(backlog.full("door", 6), "a second of frames at 6 fps waiting: new frames are dropped");
        assertFalse(backlog.full("lobby", 6), "another camera is not held back");
        backlog.taken("door");
        assertFalse(backlog.full("door", 6), "the analysis took one: frames go again");
    }

    @Test
    void theBoundIsAtLeastFiveFrames() {
        assertEquals(5, backlog.maxWaiting(1));
        assertEquals(25, backlog.maxWaiting(25));
    }

    @Test
    void redeliveriesCountedTwiceNeverMakeTheCountNegative() {
        backlog.sent("door");
        backlog.taken("door");
        backlog.taken("door");
        backlog.taken("lobby");

        assertEquals(0, backlog.waiting("door"));
        backlog.sent("door");
        assertEquals(1, backlog.waiting("door"));
    }
}
