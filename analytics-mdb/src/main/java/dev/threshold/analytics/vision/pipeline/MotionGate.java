package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.detection.CropRegion;
import dev.threshold.analytics.vision.detection.VideoFrame;

/**
 * Decides whether a frame is worth a detector run: it compares a coarse grey sampling of the door region with that of
 * the frame the detector last ran on (not the previous frame: someone walking slowly changes little from one frame to
 * the next at 25 fps, but a lot since the last detection). Sampling every {@code step}-th pixel keeps the check far
 * cheaper than a detection, which is the point of a still scene costing little.
 */
public final class MotionGate {

    private final int step;
    private final int pixelThreshold;
    private final double changedFraction;
    private int[] reference;
    private int[] latest;

    /**
     * @param step            sample every step-th pixel in both directions
     * @param pixelThreshold  grey-level change (0..255) that counts a sample as changed; above sensor noise
     * @param changedFraction share of changed samples that counts as motion
     */
    public MotionGate(int step, int pixelThreshold, double changedFraction) {
        this.step = step;
        this.pixelThreshold = pixelThreshold;
        this.changedFraction = changedFraction;
    }

    public static MotionGate defaults() {
        return new MotionGate(4, 18, 0.002);
    }

    /** @return true when the region changed since the reference frame (always before there is one) */
    public boolean moved(VideoFrame frame, CropRegion region) {
        int cols = Math.max(1, region.width() / step), rows = Math.max(1, region.height() / step);
        int[] grey = new int[cols * rows];
        byte[] bgr = frame.bgr();
        for (int r = 0; r < rows; r++) {
            int y = Math.min(frame.height() - 1, region.y() + r * step);
            for (int c = 0; c < cols; c++) {
                int x = Math.min(frame.width() - 1, region.x() + c * step);
                int i = (y * frame.width() + x) * 3;
                grey[r * cols + c] = ((bgr[i] & 0xff) + 2 * (bgr[i + 1] & 0xff) + (bgr[i + 2] & 0xff)) >> 2;
            }
        }
        int[] before = reference;
        latest = grey;
        if (before == null || before.length != grey.length) {
            return true;
        }
        int changed = 0;
        for (int i = 0; i < grey.length; i++) {
            if (Math.abs(grey[i] - before[i]) > pixelThreshold) {
                changed++;
            }
        }
        return changed > changedFraction * grey.length;
    }

    /** The frame last given to {@link #moved} is the one the detector ran on: later frames are compared with it. */
    public void detectorRan() {
        reference = latest;
    }
}
