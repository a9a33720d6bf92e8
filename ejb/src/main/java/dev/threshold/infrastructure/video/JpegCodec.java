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
 * Measured by bench/ingest (2-core build machine, 1280x720 H.264 scaled from the shared Intel eval clip): quality 70
 * 49 KB, 80 60 KB, 90 87 KB per frame; about 2 ms to encode each. At 5 fps that is ~300 KB/s per camera at q80.
 */
public final class JpegCodec {

    public static final int DEFAULT_QUALITY = 80;

    private JpegCodec() {}

    public static byte[] encode(CapturedFrame frame, int quality) {
        return encode(frame.bgr(), frame.width(), frame.height(), quality);
    }

    /** A stored frame back as packed BGR pixels, as the analysis reads it. */
    public static CapturedFrame decode(String cameraId, java.time.Instant capturedAt, byte[] jpeg) {
        try (BytePointer in = new BytePointer(jpeg);
                Mat encoded = new Mat(1, jpeg.length, org.bytedeco.opencv.global.opencv_core.CV_8UC1, in);
                Mat image = opencv_imgcodecs.imdecode(encoded, opencv_imgcodecs.IMREAD_COLOR)) {
            if (image.empty()) {
                throw new IllegalArgumentException("not a JPEG image (" + jpeg.length + " bytes)");
            }
            byte[] bgr = new byte[image.cols() * image.rows() * 3];
            Mat packed = image.isContinuous() ? image : image.clone();
            packed.data().get(bgr);
            return new CapturedFrame(cameraId, capturedAt, image.cols(), image.rows(), bgr);
        }
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
