package dev.threshold.bench;

import dev.threshold.analytics.application.JpegFrameStoreTrip;
import dev.threshold.analytics.vision.detection.CropRegion;
import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.replay.ClipFrames;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Is detection what loses people? Runs the detector alone (no tracker, no door line) on every analysed frame of each
 * case near a true crossing, and counts the frames where it finds at the door as many people as the truth says are
 * crossing there. Also prints the distribution of the best door score in those frames (from a low floor, so that
 * scores just under the threshold show) and, as a check that a change does not buy recall with phantoms, the people
 * found at the door far from any crossing. Cases are grouped by the variant their name ends with
 * ({@code _mirror}, {@code _dim}, {@code _lowq}; the rest "original").
 * <p>
 * Usage: {@code DetectionRecallBench [--rate FPS] [--window S] [--no-normalise] [--closer] [--verbose] FOLDER...};
 * {@code --no-normalise} turns {@link dev.threshold.analytics.vision.detection.ContrastStretch} off; default rate
 * 5 fps through the frame store's JPEG, as the server analyses, window ±0.6 s around each crossing.
 * {@code --closer} also tries the second look a tracker would ask for: where a person found at the door in the
 * previous frame is not found again, {@link YoloxOnnxDetector#detectIn} on a square around the old box.
 * {@code --verbose} prints the door's detections in every crossing frame where someone is missing.
 */
public final class DetectionRecallBench {

    /** Scores are collected from here up, to see how far under the threshold missed people are. */
    private static final double SCORE_FLOOR = 0.05;
    /** A person "at the door": their feet within this many metres of the door line, along its length. */
    private static final double NEAR_DOOR_METRES = 1.2;
    /** Frames this far from every crossing count phantoms. */
    private static final double QUIET_SECONDS = 3.0;

    private final double rate;
    private final double window;
    private final DetectorSettings settings;
    private final boolean closer;
    private final boolean verbose;
    private final Map<String, Tally> byVariant = new LinkedHashMap<>();

    DetectionRecallBench(double rate, double window, DetectorSettings settings, boolean closer, boolean verbose) {
        this.verbose = verbose;
        this.rate = rate;
        this.window = window;
        this.settings = settings;
        this.closer = closer;
    }

    public static void main(String[] args) throws IOException {
        double rate = 5, window = 0.6;
        DetectorSettings settings = DetectorSettings.defaults();
        boolean closer = false, verbose = false;
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--window" -> window = Double.parseDouble(args[++i]);
                case "--no-normalise" -> settings = settings.withNormaliseContrast(false);
                case "--closer" -> closer = true;
                case "--verbose" -> verbose = true;
                default -> folders.add(Path.of(args[i]));
            }
        }
        if (folders.isEmpty()) {
            folders.add(Path.of("../shared/eval/cases"));
        }
        System.out.printf(
                "detector alone, bundled YOLOX-nano, min score %.2f, contrast normalisation %s, %s fps%s,"
                        + " frames within %.1f s of a crossing%n",
                settings.minScore(),
                settings.normaliseContrast() ? "on" : "off",
                rate,
                closer ? ", second look at lost people on" : "",
                window);
        DetectionRecallBench bench = new DetectionRecallBench(rate, window, settings, closer, verbose);
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".case.json"))
                        .sorted()
                        .toList();
            }
            for (Path f : files) {
                bench.run(EvalCaseReader.read(f));
            }
        }
        System.out.println("by variant:");
        bench.byVariant.forEach((variant, t) -> System.out.println("  " + t.line(variant)));
    }

    void run(EvalCase c) {
        Tally tally = new Tally();
        List<PersonDetection>[] previous = new List[] {List.of()};
        try (YoloxOnnxDetector detector = new YoloxOnnxDetector(DetectorModel.bundled(), c.scene(), settings)) {
            FloorGeometry[] geometry = {null};
            long[] quietSeen = {0};
            ClipFrames.forEach(c.clip(), c.fps(), Math.min(rate, c.fps()), decoded -> {
                double t = decoded.capturedAt().toEpochMilli() / 1000.0;
                int crossing = 0;
                double nearest = Double.MAX_VALUE;
                for (EvalCase.TrueCrossing x : c.crossings()) {
                    nearest = Math.min(nearest, Math.abs(x.t() - t));
                    crossing += Math.abs(x.t() - t) <= window ? 1 : 0;
                }
                quietSeen[0] += crossing == 0 && nearest >= QUIET_SECONDS ? 1 : 0;
                if (crossing == 0 && (nearest < QUIET_SECONDS || quietSeen[0] % Math.round(rate) != 0)) {
                    return; // near a crossing but not at it, or a quiet frame not sampled (one a second is enough)
                }
                VideoFrame frame = rate < c.fps() ? JpegFrameStoreTrip.INSTANCE.apply(decoded) : decoded;
                if (geometry[0] == null) {
                    geometry[0] =
                            c.scene().scaledTo(frame.width(), frame.height()).geometry();
                }
                List<PersonDetection> found = atDoor(detector.detect(frame), geometry[0], settings.minScore());
                if (crossing == 0) {
                    tally.quietFrames++;
                    tally.phantoms += found.size();
                    previous[0] = found;
                    return;
                }
                List<PersonDetection> atDoor =
                        atDoor(detector.candidates(frame, SCORE_FLOOR), geometry[0], SCORE_FLOOR);
                tally.frames++;
                tally.people += crossing;
                tally.peopleFound += Math.min(crossing, found.size());
                tally.framesFound += found.size() >= crossing ? 1 : 0;
                tally.best.add(atDoor.isEmpty() ? 0 : atDoor.get(0).score());
                if (verbose && found.size() < crossing) {
                    System.out.printf(
                            "  %s t %.1f s: %d crossing, at the door %s%n",
                            c.name(),
                            t,
                            crossing,
                            atDoor.stream()
                                    .map(d -> String.format(
                                            "%.2f@(%.0f,%.0f,%.0f,%.0f)",
                                            d.score(),
                                            d.box().x1(),
                                            d.box().y1(),
                                            d.box().x2(),
                                            d.box().y2()))
                                    .toList());
                }
                if (closer && found.size() < crossing) {
                    int recovered = 0;
                    for (PersonDetection lost : previous[0]) {
                        if (found.stream().noneMatch(d -> d.box().iou(lost.box()) > 0.3)) {
                            CropRegion around = CropRegion.around(lost.box(), 2.5, frame.width(), frame.height());
                            recovered += atDoor(detector.detectIn(frame, around), geometry[0], settings.minScore())
                                            .isEmpty()
                                    ? 0
                                    : 1;
                        }
                    }
                    tally.peopleRecovered += Math.min(crossing - found.size(), recovered);
                }
                previous[0] = found;
            });
        }
        System.out.println(tally.line(c.name()));
        byVariant.computeIfAbsent(variant(c.name()), v -> new Tally()).add(tally);
    }

    private static List<PersonDetection> atDoor(List<PersonDetection> all, FloorGeometry g, double minScore) {
        List<PersonDetection> near = new ArrayList<>();
        for (PersonDetection d : all) { // best first: the detector returns them so
            FloorPoint feet = g.toFloor(d.box().bottomCentre());
            double along = g.alongDoor(feet);
            if (d.score() >= minScore
                    && Math.abs(g.signedDoorDistance(feet)) <= NEAR_DOOR_METRES
                    && along > -0.1
                    && along < 1.1) {
                near.add(d);
            }
        }
        return near;
    }

    private static String variant(String name) {
        for (String v : List.of("mirror", "dim", "lowq")) {
            if (name.endsWith("_" + v)) {
                return v;
            }
        }
        return "original";
    }

    private static final class Tally {
        int frames, framesFound, people, peopleFound, peopleRecovered, quietFrames, phantoms;
        final List<Double> best = new ArrayList<>();

        void add(Tally o) {
            frames += o.frames;
            framesFound += o.framesFound;
            people += o.people;
            peopleFound += o.peopleFound;
            peopleRecovered += o.peopleRecovered;
            quietFrames += o.quietFrames;
            phantoms += o.phantoms;
            best.addAll(o.best);
        }

        String line(String name) {
            double[] s = best.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return String.format(
                    "%-40s crossing frames %3d/%3d all found, people %3d/%3d (%.0f %%)%s;"
                            + " best door score p10/p50/p90 %.2f/%.2f/%.2f; away from crossings %.2f at the door"
                            + " per frame (%d frames)",
                    name,
                    framesFound,
                    frames,
                    peopleFound,
                    people,
                    people == 0 ? 0 : 100.0 * peopleFound / people,
                    peopleRecovered > 0 ? ", +" + peopleRecovered + " by a second look" : "",
                    pct(s, 0.1),
                    pct(s, 0.5),
                    pct(s, 0.9),
                    quietFrames == 0 ? 0 : (double) phantoms / quietFrames,
                    quietFrames);
        }

        private static double pct(double[] sorted, double p) {
            return sorted.length == 0
                    ? Double.NaN
                    : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }
    }
}
