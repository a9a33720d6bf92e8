package dev.threshold.analytics.vision.detection;

/**
 * A linear stretch of the grey levels of a crop before it goes to the network, decided from the crop's own luminance:
 * a dim or washed-out door region (night, a weak sensor, a camera with its gain turned down) uses a narrow band of the
 * 0..255 range, and the detector, trained on well-exposed photographs, scores the people in it lower. Spreading the
 * crop's band over most of the range gives the network the contrast it was trained on, so the score threshold keeps its
 * meaning instead of being lowered for dark scenes. A crop that already uses most of the range is left exactly as it
 * is, so well-exposed cameras see no change at all.
 * <p>
 * YOLOX-nano is fairly robust to dimness by itself: on the eval clips' dim variants (contrast 0.7, 30 levels darker,
 * noise) the stretch changes little frame by frame, but it is what lets the two people leaving side by side be counted
 * in every frame (docs/benchmarks.md, "Detection in dim, blocky and mirrored frames").
 * <p>
 * The band is measured between the 1st and 99th percentile of the luminance, sampled as 2×2 averages: single hot pixels
 * and sensor noise do not widen it, so noise alone does not hide that a scene is dim. The same gain and offset apply to
 * all three channels (colours keep their hue), and the gain is capped, because beyond a few times the noise grows into
 * texture the network mistakes for detail.
 *
 * @param gain   factor applied to a level (1 = unchanged)
 * @param offset added after the gain
 */
public record ContrastStretch(double gain, double offset) {

    /** What a stretched crop spans between its 1st and 99th percentile: most of the range, short of clipping. */
    static final double TARGET_BAND = 0.85 * 255;
    /** Below this gain the crop already uses most of the range: a well-exposed crop is not touched. */
    static final double MIN_GAIN = 1.25;
    /** Above it, the noise of a very dark sensor would be amplified into texture. */
    static final double MAX_GAIN = 3.0;

    private static final int SAMPLES_PER_SIDE = 96;
    private static final ContrastStretch NONE = new ContrastStretch(1, 0);

    public static ContrastStretch none() {
        return NONE;
    }

    public boolean isNone() {
        return gain == 1 && offset == 0;
    }

    /** The stretch for this region of the frame: {@link #none()} when the region already spans most of the range. */
    public static ContrastStretch of(VideoFrame frame, CropRegion region) {
        int[] histogram = new int[256];
        int x1 = Math.max(0, region.x()), y1 = Math.max(0, region.y());
        int x2 = Math.min(frame.width(), region.x() + region.width()) - 1;
        int y2 = Math.min(frame.height(), region.y() + region.height()) - 1;
        if (x2 <= x1 || y2 <= y1) {
            return NONE;
        }
        // A fixed number of samples whatever the resolution: the cost stays a small fraction of the letterbox.
        int stepX = Math.max(2, (x2 - x1) / SAMPLES_PER_SIDE), stepY = Math.max(2, (y2 - y1) / SAMPLES_PER_SIDE);
        byte[] bgr = frame.bgr();
        int w = frame.width(), count = 0;
        for (int y = y1; y < y2; y += stepY) {
            for (int x = x1; x < x2; x += stepX) {
                int a = (y * w + x) * 3, b = a + 3, c = a + w * 3, d = c + 3;
                histogram[(luma(bgr, a) + luma(bgr, b) + luma(bgr, c) + luma(bgr, d) + 2) >> 2]++;
                count++;
            }
        }
        int low = percentile(histogram, count, 0.01), high = percentile(histogram, count, 0.99);
        double band = Math.max(1, high - low);
        double gain = Math.min(MAX_GAIN, TARGET_BAND / band);
        if (gain < MIN_GAIN) {
            return NONE;
        }
        // The band's middle goes to the range's middle: a dark crop is brightened, a washed-out one darkened.
        double offset = 127.5 - gain * (low + high) / 2.0;
        return new ContrastStretch(gain, offset);
    }

    /** A level (0..255, possibly interpolated) stretched and kept within the range. */
    public float apply(float level) {
        float v = (float) (level * gain + offset);
        return v < 0 ? 0 : Math.min(v, 255f);
    }

    /** ITU-R BT.601 luma of the packed BGR pixel at index i, in integer arithmetic. */
    private static int luma(byte[] bgr, int i) {
        return (29 * (bgr[i] & 0xff) + 150 * (bgr[i + 1] & 0xff) + 77 * (bgr[i + 2] & 0xff)) >> 8;
    }

    private static int percentile(int[] histogram, int count, double fraction) {
        long wanted = Math.max(1, Math.round(count * fraction));
        long seen = 0;
        for (int level = 0; level < histogram.length; level++) {
            seen += histogram[level];
            if (seen >= wanted) {
                return level;
            }
        }
        return histogram.length - 1;
    }
}
