package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.detection.VideoFrame;
import java.util.Arrays;

/**
 * What a person's clothes look like: a small colour histogram of the middle of their upper body (hue for coloured
 * pixels, a few grey levels for the rest), normalised to sum 1. It tells who a box belongs to when distance cannot:
 * someone who walked on unseen behind a companion and a neighbour who stood there all along can be the same distance
 * from a track's prediction, but rarely wear the same colours. A histogram has no left and right, so a mirrored camera
 * sees the same; and everyone in one camera's frame is darkened or compressed alike, so comparing people with each
 * other within a frame holds in dim and blocky footage (the comparison, not the colours, is what is used).
 */
public final class Appearance {

    private static final int HUES = 8;
    private static final int GREYS = 4;
    /** Below this chroma (max − min of the channels, 0..255) a pixel's hue is noise: it counts as a grey level. */
    private static final int MIN_CHROMA = 24;
    /** Weight of a new box in a track's running appearance: several frames make a person's look, one does not. */
    private static final double RUNNING_WEIGHT = 0.25;

    private final double[] bins;

    private Appearance(double[] bins) {
        this.bins = bins;
    }

    /**
     * The appearance of the person in {@code box}: the torso, the middle three fifths of the box's width between 15 %
     * and 50 % of its height (the head, the legs and the background beside the person are left out, so a companion's
     * legs in front of them change it little). Null when that region has no pixels in the frame.
     */
    public static Appearance of(VideoFrame frame, BoundingBox box) {
        int x1 = clamp(box.x1() + 0.2 * box.width(), frame.width()),
                x2 = clamp(box.x2() - 0.2 * box.width(), frame.width());
        int y1 = clamp(box.y1() + 0.15 * box.height(), frame.height()),
                y2 = clamp(box.y1() + 0.5 * box.height(), frame.height());
        if (x2 <= x1 || y2 <= y1) {
            return null;
        }
        // At most about 32 × 32 samples whatever the box's size: a few microseconds a box.
        int stepX = Math.max(1, (x2 - x1) / 32), stepY = Math.max(1, (y2 - y1) / 32);
        double[] bins = new double[HUES + GREYS];
        byte[] bgr = frame.bgr();
        int count = 0;
        for (int y = y1; y < y2; y += stepY) {
            for (int x = x1; x < x2; x += stepX) {
                int i = (y * frame.width() + x) * 3;
                int b = bgr[i] & 0xff, g = bgr[i + 1] & 0xff, r = bgr[i + 2] & 0xff;
                int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b)), chroma = max - min;
                bins[
                        chroma < MIN_CHROMA
                                ? HUES + Math.min(GREYS - 1, max * GREYS / 256)
                                : hueBin(r, g, b, max, chroma)]++;
                count++;
            }
        }
        for (int i = 0; i < bins.length; i++) {
            bins[i] /= count;
        }
        return new Appearance(bins);
    }

    /** For tests and tools: an appearance from bin weights (8 hues, then 4 grey levels), normalised here. */
    public static Appearance ofBins(double... weights) {
        if (weights.length != HUES + GREYS) {
            throw new IllegalArgumentException("an appearance has " + (HUES + GREYS) + " bins, not " + weights.length);
        }
        double sum = Arrays.stream(weights).sum();
        return new Appearance(Arrays.stream(weights).map(w -> w / sum).toArray());
    }

    /** Bhattacharyya coefficient of the two histograms: 1 for the same colours, 0 for none in common. */
    public double similarity(Appearance other) {
        double s = 0;
        for (int i = 0; i < bins.length; i++) {
            s += Math.sqrt(bins[i] * other.bins[i]);
        }
        return Math.min(1, s);
    }

    /** This running appearance with a new box's appearance blended in. */
    Appearance updatedWith(Appearance seen) {
        if (seen == null) {
            return this;
        }
        double[] next = new double[bins.length];
        for (int i = 0; i < bins.length; i++) {
            next[i] = (1 - RUNNING_WEIGHT) * bins[i] + RUNNING_WEIGHT * seen.bins[i];
        }
        return new Appearance(next);
    }

    /** The bins, for tools that write appearances out. */
    public double[] bins() {
        return bins.clone();
    }

    private static int hueBin(int r, int g, int b, int max, int chroma) {
        double h;
        if (max == r) {
            h = ((g - b) / (double) chroma + 6) % 6;
        } else if (max == g) {
            h = (b - r) / (double) chroma + 2;
        } else {
            h = (r - g) / (double) chroma + 4;
        }
        return Math.min(HUES - 1, (int) (h / 6 * HUES));
    }

    private static int clamp(double v, int size) {
        return (int) Math.max(0, Math.min(size, Math.round(v)));
    }
}
