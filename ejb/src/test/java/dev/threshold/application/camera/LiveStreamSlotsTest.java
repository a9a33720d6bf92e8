package dev.threshold.application.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LiveStreamSlotsTest {

    @Test
    void aStreamOverTheLimitIsRefusedInWordsAndAClosedStreamFreesItsSlot() {
        LiveStreamSlots slots = new LiveStreamSlots(2);
        LiveStreamSlots.Slot a = slots.take();
        LiveStreamSlots.Slot b = slots.take();
        LivePictureUnavailableException full = assertThrows(LivePictureUnavailableException.class, slots::take);
        assertTrue(full.getMessage().contains("threshold.live.max-streams"), full.getMessage());
        assertEquals(LiveStreamSlots.RETRY_AFTER_SECONDS, full.retryAfterSeconds());
        a.close();
        a.close(); // closed twice (the stream's end and its clean-up): one slot given back, not two
        assertEquals(1, slots.inUse());
        LiveStreamSlots.Slot c = slots.take();
        assertThrows(LivePictureUnavailableException.class, slots::take);
        b.close();
        c.close();
        assertEquals(0, slots.inUse());
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new LiveStreamSlots(0));
    }

    @Test
    void aStreamLooksForANewFrameTwicePerFrameWithinBounds() {
        assertEquals(Duration.ofMillis(100), LivePictures.pollInterval(5));
        assertEquals(Duration.ofMillis(50), LivePictures.pollInterval(30));
        assertEquals(Duration.ofMillis(500), LivePictures.pollInterval(0.2));
        assertEquals(Duration.ofMillis(500), LivePictures.pollInterval(0));
    }
}
