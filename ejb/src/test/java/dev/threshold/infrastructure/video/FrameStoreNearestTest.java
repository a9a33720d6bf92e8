package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame nearest to a moment: what a door alert attaches as the camera's picture of the event. */
class FrameStoreNearestTest {

    @TempDir
    Path root;

    @Test
    void theFrameNearestToTheMomentIsFoundAcrossAnHoursEdge() {
        FrameStore store = new FrameStore(root);
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T06:59:59.100Z"), new byte[] {1});
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T07:00:00.300Z"), new byte[] {2});
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T07:00:01.500Z"), new byte[] {3});
        store.storeJpeg("cam-2", Instant.parse("2026-11-29T07:00:00.000Z"), new byte[] {9});

        assertArrayEquals(
                new byte[] {1},
                store.nearest("cam-1", Instant.parse("2026-11-29T06:59:59.500Z"), Duration.ofSeconds(2))
                        .orElseThrow(),
                "in the hour before");
        assertArrayEquals(
                new byte[] {2},
                store.nearest("cam-1", Instant.parse("2026-11-29T07:00:00.600Z"), Duration.ofSeconds(2))
                        .orElseThrow());
        assertArrayEquals(
                new byte[] {3},
                store.nearest("cam-1", Instant.parse("2026-11-29T07:00:03Z"), Duration.ofSeconds(2))
                        .orElseThrow(),
                "a frame a moment before a later instant");
    }

    @Test
    void noFrameWithinTheToleranceIsNoPicture() {
        FrameStore store = new FrameStore(root);
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T07:00:00Z"), new byte[] {1});

        assertTrue(store.nearest("cam-1", Instant.parse("2026-11-29T07:00:05Z"), Duration.ofSeconds(2))
                .isEmpty());
        assertTrue(
                store.nearest("cam-3", Instant.parse("2026-11-29T07:00:00Z"), Duration.ofSeconds(2))
                        .isEmpty(),
                "a camera without frames");
    }

    @Test
    void aSecondFrameOfTheSameMillisecondStillNamesItsTime() {
        FrameStore store = new FrameStore(root);
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T07:00:00Z"), new byte[] {1});
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T07:00:00Z"), new byte[] {1});

        assertTrue(FrameStore.capturedAt(Path.of("20261129T070000.000Z-1.jpg")).isPresent());
        assertTrue(FrameStore.capturedAt(Path.of(".frame123.part")).isEmpty());
        assertArrayEquals(
                new byte[] {1},
                store.nearest("cam-1", Instant.parse("2026-11-29T07:00:00Z"), Duration.ZERO)
                        .orElseThrow());
    }
}
