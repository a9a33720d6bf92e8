package dev.threshold.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameBacklogTest {

    private final FrameBacklog backlog = new FrameBacklog();

    {
        backlog.maxWaiting = 3;
    }

    @Test
    void aCameraWhoseFramesWaitUpToTheBoundIsBehindAndOthersAreNot() {
        backlog.sent("door");
        backlog.sent("door");
        assertFalse(backlog.full("door"));
        backlog.sent("door");

        assertTrue(backlog.full("door"), "three waiting: new frames are dropped");
        assertFalse(backlog.full("lobby"), "another camera is not held back");
        backlog.taken("door");
        assertFalse(backlog.full("door"), "the analysis took one: frames go again");
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
