package dev.threshold.analytics.vision.detection;

/**
 * How the ONNX detector looks at a frame.
 *
 * @param minScore          obj × person score a box needs; small people at doors score low, so lower than the usual 0.3
 * @param nmsIou            overlap above which the weaker of two boxes is dropped
 * @param threads           ONNX Runtime intra-op threads; a camera should not take the whole machine
 * @param doorMargin        widening of the door region, as a fraction of its size
 * @param doorHeadroom      extra height above the door region, as a fraction of the frame height, for bodies over feet
 * @param maxTiles          how many overlapping squares a wide door region may be split into (1 = one crop)
 * @param wholeFrame        also run on the whole frame (costs one more inference)
 * @param normaliseContrast stretch a dim or washed-out crop's grey levels before the network ({@link ContrastStretch}),
 *                          rather than lowering {@code minScore} for dark scenes
 * @param fittedInput       run the bundled model at each region's {@link InputShape#fitted fitted shape} (the same scale
 *                          as its square 416 input, without the grey canvas below a wide door crop) instead of 416×416
 */
public record DetectorSettings(
        double minScore,
        double nmsIou,
        int threads,
        double doorMargin,
        double doorHeadroom,
        int maxTiles,
        boolean wholeFrame,
        boolean normaliseContrast,
        boolean fittedInput) {

    public static DetectorSettings defaults() {
        return new DetectorSettings(0.25, 0.45, 1, 0.05, 0.25, 1, false, true, true);
    }

    public DetectorSettings withMinScore(double v) {
        return new DetectorSettings(
                v, nmsIou, threads, doorMargin, doorHeadroom, maxTiles, wholeFrame, normaliseContrast, fittedInput);
    }

    public DetectorSettings withMaxTiles(int v) {
        return new DetectorSettings(
                minScore, nmsIou, threads, doorMargin, doorHeadroom, v, wholeFrame, normaliseContrast, fittedInput);
    }

    public DetectorSettings withThreads(int v) {
        return new DetectorSettings(
                minScore, nmsIou, v, doorMargin, doorHeadroom, maxTiles, wholeFrame, normaliseContrast, fittedInput);
    }

    public DetectorSettings withWholeFrame(boolean v) {
        return new DetectorSettings(
                minScore, nmsIou, threads, doorMargin, doorHeadroom, maxTiles, v, normaliseContrast, fittedInput);
    }

    public DetectorSettings withNormaliseContrast(boolean v) {
        return new DetectorSettings(
                minScore, nmsIou, threads, doorMargin, doorHeadroom, maxTiles, wholeFrame, v, fittedInput);
    }

    public DetectorSettings withFittedInput(boolean v) {
        return new DetectorSettings(
                minScore, nmsIou, threads, doorMargin, doorHeadroom, maxTiles, wholeFrame, normaliseContrast, v);
    }
}
