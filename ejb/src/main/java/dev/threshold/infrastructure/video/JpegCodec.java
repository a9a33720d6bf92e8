package dev.threshold.infrastructure.video;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * JPEG encoding through OpenCV (libjpeg-turbo): several times faster than the JDK's ImageIO encoder, which matters at
 * 5 frames a second per camera.
 * <p>
 * Measured by bench/ingest on this project's 2-core build machine, 1280x720 camera-like content at quality 80:
 * see docs or the bench output; order of magnitude 60-120 KB and a few milliseconds per frame.
 */
public final class JpegCodec {

    public static final int DEFAULT_QUALITY = 80;

    private JpegCodec() {
    }

    public static byte[] encode(AnalysedFrame frame, int quality) {
        return encode(frame.bgr(), frame.width(), frame.height(), quality);
    }

    public static byte[] encode(byte[] bgr, int width, int height, int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be between 1 and 100, not " + quality);
        }
        try (Mat mat = new Mat(height, width, CV_8UC3);
             BytePointer out = new BytePointer();
             IntPointer params = new IntPointer(opencv_imgcodecs.IMWRITE_JPEG_QUALITY, quality)) {
            mat.data().put(bgr, 0, bgr.length);
            if (!opencv_imgcodecs.imencode(".jpg", mat, out, params)) {
                throw new IllegalStateException("JPEG encoding failed for a " + width + "x" + height + " frame");
            }
            byte[] jpeg = new byte[(int) out.limit()];
            out.get(jpeg);
            return jpeg;
        }
    }
}
