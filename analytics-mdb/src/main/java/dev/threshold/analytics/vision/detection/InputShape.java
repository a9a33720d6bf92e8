package dev.threshold.analytics.vision.detection;

/**
 * The height and width of the network input one region is run at. A model exported at a square size S (YOLOX-nano:
 * 416) is trained to see a region scaled so that its longer side is S, pasted top-left on a grey S×S canvas. A door
 * crop is wide and low (384×160 on the CAVIAR scene), so more than half of that canvas is grey the network computes
 * for nothing. {@link #fitted} keeps the same scale, so people are seen at the very same size, and trims the canvas to
 * the scaled region and a band of grey, in multiples of 32 (the model's coarsest stride) (issue 20).
 *
 * @param width  input columns, a multiple of 32 for a fitted shape
 * @param height input rows, a multiple of 32 for a fitted shape
 */
public record InputShape(int width, int height) {

    /** The coarsest stride of a YOLOX head: every side of its input must be a multiple of it. */
    static final int STRIDE = 32;

    public InputShape {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an input of " + width + "×" + height + " pixels");
        }
    }

    public static InputShape square(int side) {
        return new InputShape(side, side);
    }

    /**
     * The shape for a region at the scale a {@code side}×{@code side} letterbox gives it: its longer side becomes
     * {@code side}; the shorter side keeps at least one 32-pixel band of grey beyond the region, rounded up to a
     * multiple of 32, and never exceeds {@code side}. Without that band the network scores the people in a trimmed
     * canvas about 11 % lower (docs/benchmarks.md, "The detector's input trimmed to the door crop"): it was trained on
     * padded canvases, and its coarsest cells see the border.
     */
    public static InputShape fitted(CropRegion region, int side) {
        double r = (double) side / Math.max(region.width(), region.height());
        boolean wide = region.width() >= region.height();
        return wide
                ? new InputShape(side, padded(region.height() * r, side))
                : new InputShape(padded(region.width() * r, side), side);
    }

    private static int padded(double scaled, int side) {
        int pixels = (int) Math.ceil(scaled - 1e-9) + STRIDE;
        return Math.min(side, (pixels + STRIDE - 1) / STRIDE * STRIDE);
    }

    public int pixels() {
        return width * height;
    }

    @Override
    public String toString() {
        return width + "×" + height;
    }
}
