package dev.threshold.analytics.vision.detection;

import java.util.List;

/**
 * Which pixels of one frame show something other than the {@link EmptyScene}, and so whether a box shows someone who
 * came into view or a fixture the detector takes for a person. A person walking, or one who walked up and stands,
 * changes a good part of their box: their body is not the floor or the shelf behind them. A mannequin changes
 * nothing, however often the detector frames it, nor does a box that runs from a figure standing in the back down to
 * the legs of someone passing in front of it, outside those legs. Only a box's own pixels are judged, those inside no
 * other box: a fixture beside a passer-by shares their pixels, which changed.
 *
 * <p>A pixel changed when it differs from the empty scene by more than the frame's noise: the typical deviation of
 * the whole frame (sensor noise in the dark, blocks in a compressed stream), after the change common to all of it (the
 * light) is taken out. So the test means the same in dim, noisy and blocky footage, and on either side of the image.
 */
public final class SceneChange {

    /** Grey levels (0..255) a pixel must change by at least: above the noise of a clean camera's frames. */
    static final int MIN_LEVEL = 12;
    /** How many times the frame's typical deviation a pixel must change by, in noisy or compressed footage. */
    static final double NOISE_FACTOR = 4;
    /**
     * A box whose own pixels changed less than this share shows a fixture. People, moving or waiting, change a
     * quarter to two thirds of their box (the rest is floor and wall around them, and clothes as grey as what they
     * hide); a fixture changes a few percent (noise, shadows of passers-by).
     */
    static final double STILL_SHARE = 0.1;
    /**
     * The bar where a fixture stood a moment ago ({@link FixturePlaces}): a fixture's odd box in noisy or blocky frames
     * changes up to a fifth; a person standing there, in front of it, changes far more.
     */
    static final double STILL_SHARE_WHERE_A_FIXTURE_STOOD = 2 * STILL_SHARE;
    /** A box must own at least this share of its pixels to be judged: mostly covered by other boxes, it is kept. */
    static final double OWN_SHARE = 1.0 / 3;

    private final boolean[] changed;
    private final int cols;
    private final int rows;
    private final int step;

    private SceneChange(boolean[] changed, int cols, int rows, int step) {
        this.changed = changed;
        this.cols = cols;
        this.rows = rows;
        this.step = step;
    }

    /**
     * Marks in {@code changed} the samples of {@code now} that differ from {@code empty} beyond the frame's noise;
     * {@code deviation} is scratch space. The arrays are the caller's, reused from frame to frame.
     */
    static SceneChange of(
            float[] now, float[] empty, float[] deviation, boolean[] changed, int cols, int rows, int step) {
        for (int i = 0; i < now.length; i++) {
            deviation[i] = now[i] - empty[i];
        }
        int common = median(deviation);
        double threshold = Math.max(MIN_LEVEL, NOISE_FACTOR * medianSpread(deviation, common));
        for (int i = 0; i < now.length; i++) {
            changed[i] = Math.abs(deviation[i] - common) > threshold;
        }
        return new SceneChange(changed, cols, rows, step);
    }

    /**
     * Whether the box shows a fixture: enough of it is its own (inside none of the {@code others}) and almost none of
     * that changed from the empty scene.
     */
    public boolean still(BoundingBox box, List<BoundingBox> others) {
        return changedLessThan(box, others, STILL_SHARE);
    }

    /** The same for a box where a fixture stood a moment ago, with a bar twice as high. */
    public boolean stillWhereAFixtureStood(BoundingBox box, List<BoundingBox> others) {
        return changedLessThan(box, others, STILL_SHARE_WHERE_A_FIXTURE_STOOD);
    }

    private boolean changedLessThan(BoundingBox box, List<BoundingBox> others, double bar) {
        double share = changedShare(box, others);
        return !Double.isNaN(share) && share < bar;
    }

    /**
     * The share of the box's own pixels that changed; NaN when less than {@link #OWN_SHARE} of the box is its own, or
     * it lies outside the frame.
     */
    public double changedShare(BoundingBox box, List<BoundingBox> others) {
        int c1 = Math.max(0, (int) Math.ceil(box.x1() / step)), c2 = Math.min(cols, (int) Math.ceil(box.x2() / step));
        int r1 = Math.max(0, (int) Math.ceil(box.y1() / step)), r2 = Math.min(rows, (int) Math.ceil(box.y2() / step));
        int all = 0, own = 0, moved = 0;
        for (int r = r1; r < r2; r++) {
            for (int c = c1; c < c2; c++) {
                all++;
                if (!insideAny(c * step, r * step, box, others)) {
                    own++;
                    if (changed[r * cols + c]) {
                        moved++;
                    }
                }
            }
        }
        return all == 0 || own < OWN_SHARE * all ? Double.NaN : moved / (double) own;
    }

    private static boolean insideAny(double x, double y, BoundingBox box, List<BoundingBox> others) {
        for (BoundingBox o : others) {
            if (o != box && x >= o.x1() && x < o.x2() && y >= o.y1() && y < o.y2()) {
                return true;
            }
        }
        return false;
    }

    /** The median of the values, rounded to whole grey levels: the change common to the whole frame. */
    private static int median(float[] values) {
        int[] counts = new int[511];
        for (float v : values) {
            counts[Math.max(0, Math.min(510, Math.round(v) + 255))]++;
        }
        return percentile(counts, values.length) - 255;
    }

    /** The median absolute deviation from {@code centre}: the frame's typical noise. */
    private static int medianSpread(float[] values, int centre) {
        int[] counts = new int[511];
        for (float v : values) {
            counts[Math.min(510, Math.round(Math.abs(v - centre)))]++;
        }
        return percentile(counts, values.length);
    }

    private static int percentile(int[] counts, int total) {
        int seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (2 * seen >= total) {
                return i;
            }
        }
        return counts.length - 1;
    }
}
