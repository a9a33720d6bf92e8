package dev.threshold.analytics.vision.detection;

/**
 * What the camera sees when nobody passes: a slow running average of its grey frames, sampled on a coarse grid. A
 * fixture the detector takes for a person (a mannequin by the door, a poster, a reflection in the glass, someone who has
 * stood in the back since the camera started) is part of it; a passer-by is not, since the average forgets them within
 * seconds of their leaving a spot and learns them only if they stay there for about a minute. Comparing a frame with
 * it ({@link #compare}) tells which pixels show something that is not the empty scene ({@link SceneChange}).
 */
public final class EmptyScene {

    /**
     * Seconds over which the average learns a change: long against anyone walking through the door, so a passer-by
     * never becomes part of it, and against someone waiting there for the unlock; short enough that a moved chair or
     * the evening light is learnt within minutes.
     */
    static final double MEMORY_SECONDS = 60;

    /** Frames are sampled on a grid about this many points wide, whatever the camera's resolution. */
    static final int GRID_WIDTH = 192;

    private float[] average;
    // Reused from frame to frame: a camera analysed five times a second should not cost the collector a frame's worth
    // of arrays each time.
    private float[] now;
    private float[] deviation;
    private boolean[] changed;
    private int width;
    private int height;
    private int step;
    private double lastTime = Double.NaN;

    /**
     * Compares the frame with the empty scene, then lets the scene learn from it. The first frame is the empty scene
     * as it starts: whatever stands in it stays "unchanged" until it moves. The answer holds until the next call.
     *
     * @param time seconds on any monotonic clock
     */
    public SceneChange compare(VideoFrame frame, double time) {
        if (average == null || frame.width() != width || frame.height() != height) {
            width = frame.width();
            height = frame.height();
            step = Math.max(1, Math.round((float) width / GRID_WIDTH));
            int samples = (width / step) * (height / step);
            average = new float[samples];
            now = new float[samples];
            deviation = new float[samples];
            changed = new boolean[samples];
            grey(frame, average);
            lastTime = time;
        }
        grey(frame, now);
        SceneChange change = SceneChange.of(now, average, deviation, changed, width / step, height / step, step);
        double weight = Math.min(1, Math.max(0, time - lastTime) / MEMORY_SECONDS);
        for (int i = 0; i < now.length; i++) {
            average[i] += (float) (weight * (now[i] - average[i]));
        }
        lastTime = time;
        return change;
    }

    private void grey(VideoFrame frame, float[] into) {
        int cols = width / step, rows = height / step;
        byte[] bgr = frame.bgr();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = ((r * step) * width + c * step) * 3;
                into[r * cols + c] = ((bgr[i] & 0xff) + 2 * (bgr[i + 1] & 0xff) + (bgr[i + 2] & 0xff)) / 4f;
            }
        }
    }
}
