package dev.threshold.domain.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CameraLeaseTest {

    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    static final UUID CAMERA = UUID.randomUUID();
    static final Duration LEASE = Duration.ofSeconds(15);

    @Test
    void theHolderReadsTheCameraUntilTheLeaseRunsOutAndNobodyElseDoes() {
        CameraLease lease = CameraLease.requested(CAMERA, "node-a", NOW, LEASE);
        assertEquals(NOW.plusSeconds(15), lease.expiresAt());
        assertTrue(lease.heldBy("node-a", NOW));
        assertTrue(lease.heldBy("node-a", NOW.plusSeconds(14)));
        assertFalse(lease.heldBy("node-b", NOW), "only the holder reads the camera");
        assertFalse(lease.heldBy("node-a", NOW.plusSeconds(15)), "a lease ends at its expiry, not a moment later");
    }

    @Test
    void anotherNodeTakesALeaseOnlyOnceItHasRunOut() {
        CameraLease lease = CameraLease.requested(CAMERA, "node-a", NOW, LEASE);
        assertFalse(lease.mayBeTakenBy("node-b", NOW.plusSeconds(14)), "a live lease is not taken over");
        assertTrue(lease.mayBeTakenBy("node-b", NOW.plusSeconds(15)), "the holder stopped renewing: taken over");
        assertTrue(lease.mayBeTakenBy("node-a", NOW.plusSeconds(5)), "the holder renews its own lease any time");
        assertTrue(lease.mayBeTakenBy("node-a", NOW.plusSeconds(60)), "and takes it back when nobody else did");
    }

    @Test
    void aRenewalByTheHolderEvery5SecondsNeverLetsTheLeaseRunOut() {
        CameraLease lease = CameraLease.requested(CAMERA, "node-a", NOW, LEASE);
        for (int second = 5; second <= 60; second += 5) {
            Instant now = NOW.plusSeconds(second);
            assertFalse(lease.mayBeTakenBy("node-b", now), "second " + second);
            lease = CameraLease.requested(CAMERA, "node-a", now, LEASE);
        }
        assertTrue(lease.heldBy("node-a", NOW.plusSeconds(74)));
    }

    @Test
    void aLeaseNeedsANodeAndSomeTime() {
        assertEquals(
                "holder",
                assertThrows(InvalidValueException.class, () -> CameraLease.requested(CAMERA, " ", NOW, LEASE))
                        .field());
        assertEquals(
                "holder",
                assertThrows(
                                InvalidValueException.class,
                                () -> CameraLease.requested(CAMERA, "n".repeat(256), NOW, LEASE))
                        .field());
        assertEquals(
                "lease-seconds",
                assertThrows(
                                InvalidValueException.class,
                                () -> CameraLease.requested(CAMERA, "node-a", NOW, Duration.ZERO))
                        .field());
    }
}
