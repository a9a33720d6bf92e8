package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContrastStretchTest {

    private static final int W = 200, H = 120;

    @Test
    void aDimNoisyCropIsSpreadOverMostOfTheRange() {
        // A dark scene: grey levels 20..80 in a gradient, with sensor noise of ±10.
        VideoFrame dim = gradient(20, 80, 10);
        ContrastStretch s = ContrastStretch.of(dim, CropRegion.whole(W, H));

        assertTrue(s.gain() > 2.5 && s.gain() <= ContrastStretch.MAX_GAIN, "gain " + s.gain());
        assertTrue(s.apply(20) < 45, "the darkest level stays dark: " + s.apply(20));
        assertTrue(s.apply(80) > 210, "the brightest level becomes bright: " + s.apply(80));
        assertEquals(127.5, s.apply(50), 12, "the middle of the band goes to the middle of the range");
    }

    @Test
    void aWellExposedCropIsLeftExactlyAlone() {
        VideoFrame bright = gradient(5, 250, 10);
        ContrastStretch s = ContrastStretch.of(bright, CropRegion.whole(W, H));

        assertTrue(s.isNone(), "no stretch for a crop that uses the range: " + s);
        assertEquals(37f, s.apply(37f));
    }

    @Test
    void aWashedOutCropIsDarkenedAroundItsMiddle() {
        VideoFrame hazy = gradient(150, 230, 0);
        ContrastStretch s = ContrastStretch.of(hazy, CropRegion.whole(W, H));

        assertTrue(s.gain() > 2, "gain " + s.gain());
        assertTrue(s.apply(150) < 40 && s.apply(230) > 215, s.apply(150) + " .. " + s.apply(230));
    }

    @Test
    void aFlatCropIsStretchedNoMoreThanTheCapAndStaysInRange() {
        VideoFrame flat = gradient(100, 104, 0);
        ContrastStretch s = ContrastStretch.of(flat, CropRegion.whole(W, H));

        assertEquals(ContrastStretch.MAX_GAIN, s.gain(), 1e-9);
        assertEquals(0f, s.apply(0f));
        assertEquals(255f, s.apply(255f));
    }

    @Test
    void onlyTheRegionsOwnLevelsDecide() {
        // Left half dark and flat (a shadowed doorway), right half spanning the whole range.
        byte[] bgr = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = x < W / 2 ? 30 + (x % 40) : (x - W / 2) * 255 / (W / 2);
                java.util.Arrays.fill(bgr, (y * W + x) * 3, (y * W + x) * 3 + 3, (byte) v);
            }
        }
        VideoFrame frame = new VideoFrame(W, H, bgr, Instant.EPOCH);

        assertTrue(ContrastStretch.of(frame, new CropRegion(0, 0, W / 2, H)).gain() > 2);
        assertTrue(ContrastStretch.of(frame, CropRegion.whole(W, H)).isNone());
    }

    @Test
    void theLetterboxStretchesTheCropButNotItsGreyPadding() {
        VideoFrame dim = gradient(20, 80, 0);
        CropRegion whole = CropRegion.whole(W, H);
        ContrastStretch s = ContrastStretch.of(dim, whole);
        Letterbox plain = Letterbox.of(dim, whole, 64);
        Letterbox stretched = Letterbox.of(dim, whole, 64, s);

        int pixel = 10 * 64 + 30, padding = 63 * 64 + 5; // the 200×120 crop fills the top 38 rows of 64
        assertEquals(s.apply(plain.tensor()[pixel]), stretched.tensor()[pixel], 1e-3);
        assertEquals(114f, stretched.tensor()[padding]);
        assertEquals(plain.ratio(), stretched.ratio());
    }

    /** Grey levels rising from low to high left to right, with uniform noise of ±noise, fixed seed. */
    private static VideoFrame gradient(int low, int high, int noise) {
        Random random = new Random(7);
        byte[] bgr = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = low + (high - low) * x / (W - 1) + (noise == 0 ? 0 : random.nextInt(2 * noise + 1) - noise);
                v = Math.max(0, Math.min(255, v));
                for (int c = 0; c < 3; c++) {
                    bgr[(y * W + x) * 3 + c] = (byte) v;
                }
            }
        }
        return new VideoFrame(W, H, bgr, Instant.EPOCH);
    }
}
