package dev.threshold.analytics.vision.foreground;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import dev.threshold.analytics.vision.detection.CropRegion;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.Scene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_video;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_video.BackgroundSubtractorMOG2;

/**
 * The model-free detector: MOG2 background subtraction on the door region, scaled down; shadows (which MOG2 marks
 * grey) and speckle removed; each remaining blob becomes as many people as its floor footprint holds
 * ({@link BlobFootprint}). It learns the background from the frames it is shown, so the first seconds of a camera and
 * anyone standing still for longer than the history are not seen. Holds native memory: close it.
 */
public final class BackgroundSubtractionDetector implements Detector {

    /** MOG2 writes 255 for foreground and 127 for shadow. */
    private static final int FOREGROUND = 200;

    private final Scene scene;
    private final ForegroundSettings settings;
    private final double fps;
    private FloorGeometry floor;
    private CropRegion region;
    private double scale;
    private double learningRate;
    private BackgroundSubtractorMOG2 subtractor;
    private Mat full;
    private Mat roi;
    private Mat small;
    private Mat mask;
    private Mat labels;
    private Mat stats;
    private Mat centroids;
    private Mat openKernel;
    private Mat closeKernel;

    /**
     * @param scene the camera's set-up; any frame size of that camera is accepted
     * @param fps   the rate frames are analysed at, which turns the history in seconds into frames
     */
    public BackgroundSubtractionDetector(Scene scene, ForegroundSettings settings, double fps) {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("frame rate must be positive, not " + fps);
        }
        this.scene = scene;
        this.settings = settings;
        this.fps = fps;
    }

    @Override
    public List<PersonDetection> detect(VideoFrame frame) {
        prepareFor(frame);
        full.data().put(frame.bgr(), 0, frame.bgr().length);
        opencv_imgproc.resize(roi, small, small.size(), 0, 0, opencv_imgproc.INTER_LINEAR);
        // A fixed rate from the first frame: MOG2's own starts fast (1 / frames seen), which makes a person who
        // arrives in the first minute of a camera fade into the background within a few frames.
        subtractor.apply(small, mask, learningRate);
        opencv_imgproc.threshold(mask, mask, FOREGROUND, 255, opencv_imgproc.THRESH_BINARY);
        opencv_imgproc.morphologyEx(mask, mask, opencv_imgproc.MORPH_OPEN, openKernel);
        opencv_imgproc.morphologyEx(mask, mask, opencv_imgproc.MORPH_CLOSE, closeKernel);
        int count = opencv_imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
        if (count <= 1) {
            return List.of();
        }
        int w = small.cols(), h = small.rows();
        int[] label = new int[w * h];
        new IntPointer(labels.data()).get(label);
        int[] stat = new int[count * 5];
        new IntPointer(stats.data()).get(stat);
        List<PersonDetection> people = new ArrayList<>();
        for (int id = 1; id < count; id++) {
            int left = stat[id * 5], top = stat[id * 5 + 1], width = stat[id * 5 + 2], height = stat[id * 5 + 3];
            int area = stat[id * 5 + 4];
            double[] lowest = new double[width];
            Arrays.fill(lowest, Double.NaN);
            for (int c = 0; c < width; c++) {
                for (int r = top + height - 1; r >= top; r--) {
                    if (label[r * w + left + c] == id) {
                        lowest[c] = region.y() + (r + 1) / scale;
                        break;
                    }
                }
            }
            BlobFootprint footprint = BlobFootprint.of(
                    region.x() + left / scale, 1 / scale, lowest, region.y() + top / scale, floor, settings);
            // A solid blob is more likely a body than a flicker of light: its fill is its score.
            double score = Math.max(0.3, Math.min(1, area / (double) (width * height) + 0.2));
            people.addAll(footprint.detections(score));
        }
        return people;
    }

    private void prepareFor(VideoFrame frame) {
        if (full != null && full.cols() == frame.width() && full.rows() == frame.height()) {
            return;
        }
        close();
        Scene scaled = scene.scaledTo(frame.width(), frame.height());
        floor = scaled.geometry();
        region = CropRegion.aroundDoor(scaled, 0.05, 0.25);
        scale = Math.min(1, (double) settings.processingWidth() / region.width());
        int w = Math.max(1, (int) Math.round(region.width() * scale)),
                h = Math.max(1, (int) Math.round(region.height() * scale));
        full = new Mat(frame.height(), frame.width(), CV_8UC3);
        roi = new Mat(full, new Rect(region.x(), region.y(), region.width(), region.height()));
        small = new Mat(h, w, CV_8UC3);
        mask = new Mat();
        labels = new Mat();
        stats = new Mat();
        centroids = new Mat();
        openKernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE, new Size(3, 3));
        closeKernel = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE, new Size(7, 7));
        int history = Math.max(10, (int) Math.round(settings.historySeconds() * fps));
        subtractor = opencv_video.createBackgroundSubtractorMOG2(history, settings.varThreshold(), true);
        learningRate = 1.0 / history;
    }

    @Override
    public void close() {
        for (var m : new org.bytedeco.javacpp.Pointer[] {
            subtractor, roi, full, small, mask, labels, stats, centroids, openKernel, closeKernel
        }) {
            if (m != null) {
                m.close();
            }
        }
        subtractor = null;
        full = null;
    }
}
