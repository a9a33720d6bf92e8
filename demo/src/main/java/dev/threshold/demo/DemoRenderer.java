package dev.threshold.demo;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Renders the demo door at any moment of its loop: the empty lobby, then everyone the script puts in the scene at
 * that moment, farthest first so nearer people hide farther ones. People still in the corridor are drawn first and
 * then covered by the walls again, so that they show only through the doorway. One renderer per thread.
 * <p>
 * Public for tests and benchmarks that count the demo's people offline, without the camera's real-time pacing:
 * {@link #bgrAt(double)} and {@link DemoScript#crossings()} are footage and ground truth.
 */
public final class DemoRenderer implements AutoCloseable {

    public static final int WIDTH = DemoOptics.WIDTH;
    public static final int HEIGHT = DemoOptics.HEIGHT;

    private final DemoScript script;
    private final LobbyBackground background = new LobbyBackground();
    private final Mat frame = new Mat(DemoOptics.HEIGHT, DemoOptics.WIDTH, CV_8UC3);

    public DemoRenderer(DemoScript script) {
        this.script = script;
    }

    /** The frame at {@code loopSeconds}; valid until the next call. */
    Mat render(double loopSeconds) {
        return render(loopSeconds, p -> true);
    }

    /** The frame at {@code loopSeconds} with only the passages {@code plays} lets on; valid until the next call. */
    Mat render(double loopSeconds, Predicate<Passage> plays) {
        background.image().copyTo(frame);
        List<Walk> present = script.passages().stream()
                .filter(plays)
                .flatMap(p -> p.walks().stream())
                .filter(w -> w.positionAt(loopSeconds).isPresent())
                .sorted(Comparator.comparingDouble(
                        w -> w.positionAt(loopSeconds).orElseThrow().y()))
                .toList();
        try (PointerScope scope = new PointerScope()) {
            Canvas canvas = new Canvas(frame);
            boolean outside = false;
            for (Walk w : present) {
                boolean inCorridor = w.positionAt(loopSeconds).orElseThrow().y() < 0;
                if (!inCorridor && outside) {
                    background.image().copyTo(frame, background.walls());
                    outside = false;
                }
                outside |= inCorridor;
                PersonPainter.paint(canvas, w, loopSeconds);
            }
            if (outside) {
                background.image().copyTo(frame, background.walls());
            }
        }
        return frame;
    }

    /** The frame at {@code loopSeconds} as packed BGR pixels, {@link #WIDTH} × {@link #HEIGHT}, a copy. */
    public byte[] bgrAt(double loopSeconds) {
        byte[] bgr = new byte[WIDTH * HEIGHT * 3];
        render(loopSeconds).data().get(bgr);
        return bgr;
    }

    @Override
    public void close() {
        background.close();
        frame.close();
    }
}
