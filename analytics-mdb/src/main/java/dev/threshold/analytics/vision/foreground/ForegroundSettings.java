package dev.threshold.analytics.vision.foreground;

/**
 * How the model-free detector reads a camera.
 *
 * @param historySeconds     how long the background model remembers; someone standing still fades into the background
 *                           after about a tenth of it (6 s by default; the tracker coasts over short gaps)
 * @param varThreshold       MOG2's squared Mahalanobis distance above which a pixel is foreground (OpenCV's default 16)
 * @param processingWidth    the door region is scaled down to at most this many pixels across before subtraction:
 *                           blobs of people need no detail, and the cost stays below that of decoding the frame
 * @param personWidthMeters  shoulder width of a walking person on the floor
 * @param personDepthMeters  front-to-back extent of a walking person on the floor (body and stride)
 * @param footBand           the part of a blob's height, from its lowest row, whose columns make its foot line: arms and
 *                           bags hanging lower than the rest of the body would otherwise be taken for feet far away
 * @param minPersonFraction  a blob narrower on the floor than this share of a person's width is noise, not a person
 */
public record ForegroundSettings(
        double historySeconds,
        double varThreshold,
        int processingWidth,
        double personWidthMeters,
        double personDepthMeters,
        double footBand,
        double minPersonFraction) {

    public ForegroundSettings {
        if (!(personWidthMeters > 0) || !(personDepthMeters > 0)) {
            throw new IllegalArgumentException("a person's footprint must be positive, not " + personWidthMeters + " × "
                    + personDepthMeters + " m");
        }
        if (processingWidth < 32) {
            throw new IllegalArgumentException("processing width must be at least 32 pixels, not " + processingWidth);
        }
    }

    public static ForegroundSettings defaults() {
        return new ForegroundSettings(60, 16, 160, 0.6, 0.5, 0.15, 0.4);
    }

    /** Floor area one walking person covers, in square metres. */
    public double personAreaSquareMeters() {
        return personWidthMeters * personDepthMeters;
    }
}
