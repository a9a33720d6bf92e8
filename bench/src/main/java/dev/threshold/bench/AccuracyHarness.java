package dev.threshold.bench;

import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Replays every {@code *.case.json} of a folder through the vision pipeline and prints, per case, matched, missed and
 * false crossings and the counts the case names; the last line is {@code N passed, N failed}.
 * <p>
 * Usage: {@code AccuracyHarness [--detector onnx|model-free|auto] [--model yolox_nano.onnx] [--rate FPS]
 * [--phase FRAMES] [--min-score S] [--tiles N] [--threads N] [cases folder]} (detector and model: as {@code threshold.detector.kind}
 * and {@code threshold.detector.model}, by default the server's default, the bundled YOLOX-nano model;
 * rate: analyse the clips decimated to this many frames a second, as the server does, default every frame; phase:
 * skip this many frames of each clip first, so the same rate samples other frames of the same walks; the other
 * options override the ONNX detector's defaults, for tuning). Exit code 0 when all passed, 1 when a case failed, 2 when
 * the input is unusable (a malformed case file, a missing model or folder, an unknown option value).
 */
public final class AccuracyHarness {

    private final CaseRunner runner;
    private final PrintStream out;

    public AccuracyHarness(CaseRunner runner, PrintStream out) {
        this.runner = runner;
        this.out = out;
    }

    public static void main(String[] args) {
        Path model = null;
        Path folder = Path.of("../shared/eval/cases");
        DetectorSettings settings = DetectorSettings.defaults();
        Double rate = null;
        int phase = 0;
        DetectorChoice.Kind kind = DetectorChoice.Kind.AUTO;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model") && i + 1 < args.length) {
                model = Path.of(args[++i]);
            } else if (args[i].equals("--min-score") && i + 1 < args.length) {
                settings = settings.withMinScore(Double.parseDouble(args[++i]));
            } else if (args[i].equals("--tiles") && i + 1 < args.length) {
                settings = settings.withMaxTiles(Integer.parseInt(args[++i]));
            } else if (args[i].equals("--rate") && i + 1 < args.length) {
                rate = Double.parseDouble(args[++i]);
                if (!(rate > 0)) {
                    System.err.println("--rate must be a positive number of frames per second, not " + args[i]);
                    System.exit(2);
                }
            } else if (args[i].equals("--phase") && i + 1 < args.length) {
                phase = Integer.parseInt(args[++i]);
                if (phase < 0) {
                    System.err.println("--phase must be a number of frames, 0 or more, not " + args[i]);
                    System.exit(2);
                }
            } else if (args[i].equals("--detector") && i + 1 < args.length) {
                try {
                    kind = DetectorChoice.Kind.parse(args[++i]);
                } catch (IllegalArgumentException e) {
                    System.err.println("--detector: '" + args[i] + "' is none of onnx, model-free, auto");
                    System.exit(2);
                }
            } else if (args[i].equals("--input") && i + 1 < args.length) {
                String input = args[++i];
                if (!input.equals("fitted") && !input.equals("square")) {
                    System.err.println("--input: '" + input + "' is neither fitted nor square");
                    System.exit(2);
                }
                settings = settings.withFittedInput(input.equals("fitted"));
            } else if (args[i].equals("--threads") && i + 1 < args.length) {
                settings = settings.withThreads(Integer.parseInt(args[++i]));
            } else {
                folder = Path.of(args[i]);
            }
        }
        DetectorChoice choice = new DetectorChoice(kind, Optional.ofNullable(model));
        if (choice.unusable().isPresent()) {
            System.err.println(
                    "model " + model + " not found (give --model PATH, or leave it out for the bundled" + " model)");
            System.exit(2);
        }
        System.out.println("detector: " + choice.describe() + "; analysis rate: "
                + (rate == null ? "every frame" : rate + " fps") + (phase == 0 ? "" : ", from frame " + phase));
        try {
            Summary s = new AccuracyHarness(new CaseRunner(choice, settings, rate, phase), System.out).run(folder);
            System.exit(s.failed() == 0 ? 0 : 1);
        } catch (InvalidCaseException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    public record Summary(int passed, int failed, List<CaseResult> results) {

        /** The run's totals: cases, crossings, and the stage where each missed one was lost. */
        public List<String> totals() {
            int truth = 0, found = 0, missed = 0, falses = 0, flipped = 0;
            List<LossAnalysis.Loss> losses = new ArrayList<>();
            for (CaseResult r : results) {
                truth += r.evalCase().crossings().size();
                found += r.match().matched();
                missed += r.match().missed();
                falses += r.match().falsePositives();
                flipped += r.match().directionErrors();
                losses.addAll(r.losses());
            }
            StringBuilder stages = new StringBuilder("lost at:");
            LossAnalysis.tally(losses)
                    .forEach((stage, n) -> stages.append(' ')
                            .append(stage.label())
                            .append(' ')
                            .append(n)
                            .append(';'));
            stages.append(" false crossing (counted, matches no truth) ").append(falses - flipped);
            return List.of(
                    String.format(
                            "totals: %d of %d cases passed; crossings: %d of %d found, %d missed, %d false,"
                                    + " %d wrong direction",
                            passed, results.size(), found, truth, missed, falses, flipped),
                    stages.toString());
        }
    }

    /** Reads every case first, so a malformed file stops the run before minutes of decoding. */
    public Summary run(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cases folder " + folder + " does not exist");
        }
        List<EvalCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".case.json"))
                    .sorted()
                    .forEach(f -> cases.add(EvalCaseReader.read(f)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        int passed = 0, failed = 0;
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase c : cases) {
            CaseResult r = runner.run(c);
            results.add(r);
            r.report().forEach(out::println);
            out.flush();
            if (r.passed()) {
                passed++;
            } else {
                failed++;
            }
        }
        Summary summary = new Summary(passed, failed, results);
        summary.totals().forEach(out::println);
        out.println(passed + " passed, " + failed + " failed");
        return summary;
    }
}
