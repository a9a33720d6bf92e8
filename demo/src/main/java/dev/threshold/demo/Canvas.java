package dev.threshold.demo;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.multiply;
import static org.bytedeco.opencv.global.opencv_core.subtract;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.fillConvexPoly;

import dev.threshold.domain.scene.ImageBounds;
import dev.threshold.domain.scene.ImagePoint;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Anti-aliased drawing on a BGR image at sub-pixel positions (OpenCV's fixed-point {@code shift}), so a person
 * walking slowly far away moves smoothly instead of jumping whole pixels. Native objects made here are freed by the
 * caller's {@code PointerScope}.
 */
final class Canvas {

    private static final int SHIFT = 4;
    private static final double ONE = 1 << SHIFT;

    private final Mat image;

    Canvas(Mat image) {
        this.image = image;
    }

    Mat image() {
        return image;
    }

    void polygon(List<ImagePoint> points, int[] bgr) {
        fillConvexPoly(image, points(points), points.size(), colour(bgr), LINE_AA, SHIFT);
    }

    void line(ImagePoint a, ImagePoint b, double thickness, int[] bgr) {
        org.bytedeco.opencv.global.opencv_imgproc.line(
                image, point(a), point(b), colour(bgr), Math.max(1, (int) Math.round(thickness)), LINE_AA, SHIFT);
    }

    void disc(ImagePoint centre, double radius, int[] bgr) {
        circle(image, point(centre), (int) Math.round(Math.max(0.5, radius) * ONE), colour(bgr), -1, LINE_AA, SHIFT);
    }

    /** Darkens the image under a convex polygon by up to {@code strength} (0 to 1), with blurred edges. */
    void softShadow(List<ImagePoint> points, double strength, int blurPixels) {
        ImageBounds b = ImageBounds.of(points);
        int x1 = clamp((int) Math.floor(b.minX()) - blurPixels, image.cols());
        int y1 = clamp((int) Math.floor(b.minY()) - blurPixels, image.rows());
        int x2 = clamp((int) Math.ceil(b.maxX()) + blurPixels, image.cols());
        int y2 = clamp((int) Math.ceil(b.maxY()) + blurPixels, image.rows());
        if (x2 - x1 < 2 || y2 - y1 < 2) {
            return;
        }
        Mat mask = new Mat(y2 - y1, x2 - x1, CV_8UC1, new Scalar(0));
        List<ImagePoint> local =
                points.stream().map(p -> new ImagePoint(p.x() - x1, p.y() - y1)).toList();
        fillConvexPoly(mask, points(local), local.size(), new Scalar(255), LINE_AA, SHIFT);
        int kernel = blurPixels * 2 + 1;
        GaussianBlur(mask, mask, new Size(kernel, kernel), 0);
        Mat mask3 = new Mat();
        cvtColor(mask, mask3, COLOR_GRAY2BGR);
        Mat region = image.apply(new Rect(x1, y1, x2 - x1, y2 - y1));
        Mat shade = new Mat();
        multiply(region, mask3, shade, strength / 255.0, -1);
        subtract(region, shade, region);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    private static Point points(List<ImagePoint> points) {
        Point array = new Point(points.size());
        for (int i = 0; i < points.size(); i++) {
            array.position(i).x(fixed(points.get(i).x())).y(fixed(points.get(i).y()));
        }
        return array.position(0);
    }

    private static Point point(ImagePoint p) {
        return new Point(fixed(p.x()), fixed(p.y()));
    }

    private static int fixed(double v) {
        // Far beyond the frame, points only need to stay far beyond it (OpenCV clips); keep them in int range.
        return (int) Math.round(Math.max(-1e6, Math.min(1e6, v)) * ONE);
    }

    static Scalar colour(int[] bgr) {
        return new Scalar(bgr[0], bgr[1], bgr[2], 0);
    }
}
