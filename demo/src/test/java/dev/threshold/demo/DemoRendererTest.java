package dev.threshold.demo;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_HEIGHT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_LEFT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_TOP;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_WIDTH;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.connectedComponentsWithStats;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;
import static org.bytedeco.opencv.global.opencv_video.createBackgroundSubtractorMOG2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_video.BackgroundSubtractorMOG2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rendered footage shows people where the script puts them, at the size the scene's floor grid gives them — as
 * a background subtractor (MOG2, what the model-free detector builds on) sees it: its foreground blobs stand on the
 * floor where the script's people walk, and there is no blob where nobody is.
 */
class DemoRendererTest {

    private static final double FPS = 5;
    private final DemoScript script = DemoScript.standard();
    private final DemoRenderer renderer = new DemoRenderer(script);
    private final FloorGeometry scene = DemoScene.scene().geometry();

    @AfterEach
    void close() {
        renderer.close();
    }

    @Test
    void aBackgroundSubtractorFindsEveryoneWhereTheScriptSaysAndNobodyElse() {
        BackgroundSubtractorMOG2 mog2 = createBackgroundSubtractorMOG2(500, 16, true);
        Mat foreground = new Mat();
        for (int i = 0; i < 20; i++) {
            mog2.apply(renderer.render(0.5), foreground, -1); // nobody in the scene yet: learn the lobby
        }
        int loneChecked = 0, seenChecked = 0;
        List<String> problems = new ArrayList<>();
        for (int frame = 5; frame < script.loopSeconds() * FPS; frame++) {
            double t = frame / FPS;
            mog2.apply(renderer.render(t), foreground, 0.005);
            Mat people = new Mat();
            threshold(foreground, people, 200, 255, THRESH_BINARY); // 127 is MOG2's shadow: not a person
            List<Blob> blobs = blobs(people);
            List<Walk> present = script.walks().stream()
                    .filter(w -> w.positionAt(t).isPresent())
                    .toList();
            for (Walk w : present) {
                FloorPoint at = w.positionAt(t).orElseThrow();
                if (at.y() <= 0.1 || !wholeInFrame(at, w)) {
                    continue; // in the corridor (seen only through the doorway) or leaving the picture
                }
                ImagePoint torso = DemoOptics.project(at, 1.1 * w.look().heightMeters() / 1.75);
                seenChecked++;
                if (!foregroundNear(people, torso)) {
                    problems.add(String.format("t=%.1f: nobody seen at the torso of the person at %s", t, at));
                }
                if (alone(w, present, t)) {
                    loneChecked++;
                    Blob blob = blobs.stream()
                            .min((a, b) -> Double.compare(a.floorDistance(at), b.floorDistance(at)))
                            .orElse(null);
                    // From the nearer foot (a stride ahead of or behind the body) to the top of the head.
                    double expectedHeight = DemoOptics.project(at.x(), at.y() + 0.15, 0)
                                    .y()
                            - DemoOptics.project(at, w.look().heightMeters()).y();
                    if (blob == null
                            || blob.floorDistance(at) > 0.4) { // the blob stands on the nearer foot: half a stride
                        problems.add(String.format("t=%.1f: no blob standing at %s (nearest %s)", t, at, blob));
                    } else if (Math.abs(blob.height - expectedHeight) > 0.2 * expectedHeight) {
                        problems.add(String.format(
                                "t=%.1f: blob %d px high, the floor grid says %.0f", t, blob.height, expectedHeight));
                    }
                }
            }
            for (Blob blob : blobs) {
                if (blob.area >= 150 && present.stream().noneMatch(w -> blob.holds(w, t))) {
                    problems.add(String.format("t=%.1f: a blob where nobody is: %s", t, blob));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(loneChecked > 60 && seenChecked > loneChecked, loneChecked + " lone, " + seenChecked + " in all");
    }

    @Test
    void renderingIsDeterministicAndAnEmptyMomentIsTheEmptyLobby() {
        Mat first = renderer.render(19.4).clone();
        Mat again = renderer.render(19.4);
        assertEquals(0, differingPixels(first, again), "the same moment renders the same frame");
        Mat empty = renderer.render(0.5).clone();
        Mat alsoEmpty = renderer.render(77);
        assertEquals(0, differingPixels(empty, alsoEmpty), "nobody in the scene: the empty lobby");
        assertTrue(differingPixels(empty, renderer.render(19.4)) > 3000, "two people in the doorway");
    }

    /** Nobody else's body overlaps this person's in the picture: their blob is theirs alone. */
    private static boolean alone(Walk w, List<Walk> present, double t) {
        double[] box = imageBox(w.positionAt(t).orElseThrow());
        return present.stream()
                .filter(o -> o != w)
                .map(o -> imageBox(o.positionAt(t).orElseThrow()))
                .noneMatch(b -> b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]);
    }

    /** Left, top, right, bottom of the picture area a person standing here can cover (stride, arms, tall people). */
    private static double[] imageBox(FloorPoint at) {
        ImagePoint feet = DemoOptics.project(at.x(), at.y() + 0.3, 0), head = DemoOptics.project(at, 1.95);
        double halfWidth = 0.45 * DemoOptics.pixelsPerMeter(at, 0);
        double left = Math.min(feet.x(), head.x()) - halfWidth, right = Math.max(feet.x(), head.x()) + halfWidth;
        return new double[] {left, head.y(), right, feet.y()};
    }

    private static boolean wholeInFrame(FloorPoint at, Walk w) {
        double[] box = imageBox(at);
        return box[0] > 2 && box[1] > 2 && box[2] < DemoOptics.WIDTH - 2 && box[3] < DemoOptics.HEIGHT - 12;
    }

    private static boolean foregroundNear(Mat mask, ImagePoint p) {
        UByteIndexer pixels = mask.createIndexer();
        int cx = (int) Math.round(p.x()), cy = (int) Math.round(p.y());
        for (int y = cy - 1; y <= cy + 1; y++) {
            for (int x = cx - 1; x <= cx + 1; x++) {
                if (pixels.get(y, x) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Blob> blobs(Mat mask) {
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int n = connectedComponentsWithStats(mask, labels, stats, centroids);
        IntIndexer s = stats.createIndexer();
        List<Blob> blobs = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            blobs.add(new Blob(
                    s.get(i, CC_STAT_LEFT),
                    s.get(i, CC_STAT_TOP),
                    s.get(i, CC_STAT_WIDTH),
                    s.get(i, CC_STAT_HEIGHT),
                    s.get(i, CC_STAT_AREA),
                    scene));
        }
        return blobs;
    }

    private static int differingPixels(Mat a, Mat b) {
        Mat diff = new Mat(), grey = new Mat(a.rows(), a.cols(), CV_8UC1);
        absdiff(a, b, diff);
        cvtColor(diff, grey, COLOR_BGR2GRAY);
        return countNonZero(grey);
    }

    /** A foreground blob and where its bottom centre — a person's feet — stands on the floor. */
    private record Blob(int left, int top, int width, int height, int area, FloorGeometry scene) {

        FloorPoint feet() {
            return scene.toFloor(new ImagePoint(left + width / 2.0, top + height));
        }

        double floorDistance(FloorPoint p) {
            return feet().distanceTo(p);
        }

        /**
         * Whether this blob lies on the person: its centre inside the box a body at their spot fills (feet a stride
         * apart, arms swinging), or the person's middle inside the blob (two people close together make one blob).
         */
        boolean holds(Walk w, double t) {
            FloorPoint at = w.positionAt(t).orElseThrow();
            ImagePoint feet = DemoOptics.project(at.x(), at.y() + 0.3, 0), head = DemoOptics.project(at, 1.9);
            double halfWidth = 0.45 * DemoOptics.pixelsPerMeter(at, 0);
            double cx = left + width / 2.0, cy = top + height / 2.0;
            boolean onBody = Math.abs(cx - feet.x()) <= halfWidth && cy >= head.y() && cy <= feet.y();
            ImagePoint middle = DemoOptics.project(at, 1.1);
            return onBody
                    || middle.x() >= left
                            && middle.x() <= left + width
                            && middle.y() >= top
                            && middle.y() <= top + height;
        }

        @Override
        public String toString() {
            return "blob[" + left + "," + top + " " + width + "x" + height + ", " + area + " px, feet at " + feet()
                    + "]";
        }
    }
}
