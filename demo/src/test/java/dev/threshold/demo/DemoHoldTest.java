package dev.threshold.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * While the demo is held its camera shows the empty lobby; released, a passage that starts afterwards plays, and one
 * that had begun before stays out (whole passages only: nobody appears mid-walk without the badge that let them in).
 */
class DemoHoldTest {

    /** A round of the loop: second 0 of it. */
    private static final Instant ROUND = Instant.ofEpochSecond(80L * 22_000_000);
    /** Grace Liu walks in at 19 s of the loop, her passage starting some seconds before. */
    private static final Instant GRACE_AT_DOOR = ROUND.plusSeconds(19);

    @AfterEach
    void playEverything() {
        DemoHold.release(Instant.EPOCH); // as without a hold, for the other tests of this JVM
    }

    @Test
    void heldTheLobbyIsEmptyReleasedWholePassagesPlay() throws Exception {
        DemoHold.hold();
        assertTrue(DemoHold.held());
        byte[] held = frameAt(GRACE_AT_DOOR);

        DemoHold.release(ROUND);
        assertFalse(DemoHold.held());
        byte[] playing = frameAt(GRACE_AT_DOOR);
        assertFalse(Arrays.equals(held, playing), "released before her passage: Grace Liu at the door");

        DemoHold.release(GRACE_AT_DOOR.minusSeconds(1));
        assertArrayEquals(held, frameAt(GRACE_AT_DOOR), "released as she walks: her passage stays out, whole");
    }

    private static byte[] frameAt(Instant at) throws Exception {
        try (DemoCameraGrabber grabber = new DemoCameraGrabber(Clock.fixed(at, ZoneOffset.UTC))) {
            grabber.start();
            Frame frame = grabber.grab();
            ByteBuffer pixels = (ByteBuffer) frame.image[0];
            byte[] copy = new byte[pixels.limit()];
            pixels.get(0, copy);
            return copy;
        }
    }
}
