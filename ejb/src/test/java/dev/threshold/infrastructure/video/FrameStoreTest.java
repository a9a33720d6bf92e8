package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.messaging.FrameJob;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameStoreTest {

    @TempDir
    Path root;

    private static CapturedFrame frame(String camera, Instant at) {
        int w = 320, h = 180;
        byte[] bgr = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                bgr[i] = (byte) 200; // blue left half, red right half
                bgr[i + 2] = (byte) (x < w / 2 ? 0 : 255);
                bgr[i] = (byte) (x < w / 2 ? 255 : 0);
            }
        }
        return new CapturedFrame(camera, at, w, h, bgr);
    }

    @Test
    void theNewestFrameOfACameraIsItsPictureAcrossHoursAndDays() throws Exception {
        FrameStore store = new FrameStore(root);
        assertTrue(store.latest("cam-1").isEmpty(), "nothing stored yet");
        store.storeJpeg("cam-1", Instant.parse("2026-11-28T23:59:59Z"), new byte[] {1});
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T00:00:00.200Z"), new byte[] {3});
        store.storeJpeg("cam-1", Instant.parse("2026-11-29T00:00:00.100Z"), new byte[] {2});
        store.storeJpeg("cam-2", Instant.parse("2026-11-30T00:00:00Z"), new byte[] {9});
        assertArrayEquals(new byte[] {3}, store.latest("cam-1").orElseThrow());
        StoredJpeg newest = store.latestFrame("cam-1").orElseThrow();
        assertEquals(Instant.parse("2026-11-29T00:00:00.200Z"), newest.capturedAt(), "the live view's frame time");
        assertArrayEquals(new byte[] {3}, newest.jpeg());
    }

    @Test
    void aStoredFrameIsAJpegFoundAgainByItsReference() throws Exception {
        FrameStore store = new FrameStore(root);
        Instant at = Instant.parse("2026-11-29T06:30:00.120Z");

        String ref = store.store(frame("front-door", at));

        assertEquals("front-door/20261129/06/20261129T063000.120Z.jpg", ref);
        new FrameJob("front-door", at, ref); // the reference fits the analysis message
        byte[] jpeg = store.read(ref);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(320, image.getWidth());
        assertEquals(180, image.getHeight());
        int left = image.getRGB(40, 90), right = image.getRGB(280, 90);
        assertTrue((left & 0xff) > 200 && (left >> 16 & 0xff) < 60, "left half is blue: " + Integer.toHexString(left));
        assertTrue(
                (right >> 16 & 0xff) > 200 && (right & 0xff) < 60, "right half is red: " + Integer.toHexString(right));
    }

    @Test
    void twoFramesOfTheSameMillisecondBothSurvive() throws Exception {
        FrameStore store = new FrameStore(root);
        Instant at = Instant.parse("2026-11-29T06:30:00.120Z");
        String a = store.store(frame("door", at));
        String b = store.store(frame("door", at));
        assertFalse(a.equals(b));
        assertArrayEquals(store.read(a), store.read(b));
    }

    @Test
    void retentionDeletesOnlyOlderFrames() throws Exception {
        FrameStore store = new FrameStore(root);
        String old1 = store.store(frame("door", Instant.parse("2026-11-28T23:59:59.900Z")));
        String old2 = store.store(frame("door", Instant.parse("2026-11-29T06:10:00Z")));
        String kept = store.store(frame("door", Instant.parse("2026-11-29T06:40:00Z")));
        String other = store.store(frame("lobby", Instant.parse("2026-11-29T07:00:00Z")));

        assertEquals(2, store.deleteOlderThan(Instant.parse("2026-11-29T06:30:00Z")));

        assertThrows(NoSuchFileException.class, () -> store.read(old1));
        assertThrows(NoSuchFileException.class, () -> store.read(old2));
        assertTrue(store.read(kept).length > 0);
        assertTrue(store.read(other).length > 0);
        assertFalse(Files.exists(root.resolve("door/20261128")), "an emptied day folder is removed");
    }

    @Test
    void referencesCannotReachOutsideTheStore() {
        FrameStore store = new FrameStore(root);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> store.read("../../etc/passwd"))
                .getMessage()
                .contains("outside the frame store"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> store.store(frame("../x", Instant.now())))
                .getMessage()
                .contains("cannot name a folder"));
    }
}
