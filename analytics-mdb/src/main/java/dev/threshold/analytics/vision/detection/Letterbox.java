package dev.threshold.analytics.vision.detection;

/**
 * YOLOX input preparation: a region of the frame scaled by r = min(height/h, width/w) with bilinear sampling into the
 * top-left corner of a width×height canvas of grey 114, as planar BGR floats 0..255 (NCHW, no normalisation).
 *
 * @param tensor planar B, G, R planes of width×height
 * @param ratio  r; model pixels ÷ r = region pixels
 */
public record Letterbox(float[] tensor, double ratio) {

    private static final float PAD = 114f;

    public static Letterbox of(VideoFrame frame, CropRegion region, int size) {
        return of(frame, region, size, ContrastStretch.none());
    }

    /** The same, with the region's grey levels stretched on the way (the grey padding is not: the model expects 114). */
    public static Letterbox of(VideoFrame frame, CropRegion region, int size, ContrastStretch stretch) {
        return of(frame, region, InputShape.square(size), stretch, null);
    }

    /**
     * The same, written into {@code reuse} when it has the right length (a detector keeps one: a fresh 2 MB array a
     * frame is garbage the collector pays for, issue 20), else into a new array.
     */
    public static Letterbox of(
            VideoFrame frame, CropRegion region, InputShape shape, ContrastStretch stretch, float[] reuse) {
        boolean stretched = !stretch.isNone();
        int width = shape.width();
        double r = Math.min((double) shape.height() / region.height(), (double) width / region.width());
        int outW = Math.min(width, (int) Math.round(region.width() * r));
        int outH = Math.min(shape.height(), (int) Math.round(region.height() * r));
        int plane = shape.pixels();
        float[] t = reuse != null && reuse.length == 3 * plane ? reuse : new float[3 * plane];
        java.util.Arrays.fill(t, PAD);
        byte[] src = frame.bgr();
        int fw = frame.width();
        int maxX = Math.min(frame.width(), region.x() + region.width()) - 1;
        int maxY = Math.min(frame.height(), region.y() + region.height()) - 1;
        // Half-pixel centres, as OpenCV's INTER_LINEAR, which the model was trained with.
        double inv = 1.0 / r;
        int[] x0 = new int[outW];
        int[] x1 = new int[outW];
        float[] fx = new float[outW];
        for (int ox = 0; ox < outW; ox++) {
            double sx = Math.max(0, (ox + 0.5) * inv - 0.5) + region.x();
            int ix = Math.min((int) sx, maxX);
            x0[ox] = ix;
            x1[ox] = Math.min(ix + 1, maxX);
            fx[ox] = (float) (sx - ix);
        }
        for (int oy = 0; oy < outH; oy++) {
            double sy = Math.max(0, (oy + 0.5) * inv - 0.5) + region.y();
            int iy0 = Math.min((int) sy, maxY);
            int iy1 = Math.min(iy0 + 1, maxY);
            float fy = (float) (sy - iy0);
            int row0 = iy0 * fw * 3, row1 = iy1 * fw * 3;
            int out = oy * width;
            for (int ox = 0; ox < outW; ox++) {
                int a = row0 + x0[ox] * 3, b = row0 + x1[ox] * 3, c = row1 + x0[ox] * 3, d = row1 + x1[ox] * 3;
                float wx = fx[ox];
                for (int ch = 0; ch < 3; ch++) {
                    float top = (src[a + ch] & 0xff) * (1 - wx) + (src[b + ch] & 0xff) * wx;
                    float bottom = (src[c + ch] & 0xff) * (1 - wx) + (src[d + ch] & 0xff) * wx;
                    float level = top * (1 - fy) + bottom * fy;
                    t[ch * plane + out + ox] = stretched ? stretch.apply(level) : level;
                }
            }
        }
        return new Letterbox(t, r);
    }
}
