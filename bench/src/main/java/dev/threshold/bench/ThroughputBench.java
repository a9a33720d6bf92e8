package dev.threshold.bench;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.threshold.analytics.vision.detection.CropRegion;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.Letterbox;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.analytics.vision.replay.ClipFrames;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * bench/throughput: what analysing a camera costs, on the frames of one eval clip (all in memory where decoding is not
 * what is measured). Prints, in one run: the full per-frame analysis (ONNX detector + tracker + zone) against raw ONNX
 * inference on the same frames' tensors; the model-free path (decode + model-free analysis) against FFmpeg decode-only;
 * a still scene against a busy one through the motion gate; and how many 5 fps cameras this machine's cores sustain,
 * from CPU time ({@link NodePart}). The model-free part is {@link ModelFreeCost}.
 */
public final class ThroughputBench {

    static final double ANALYSIS_FPS = 5;

    private final Path clip;
    private final Scene scene;
    private final double fps;
    private final Path model;
    /** The model as the server opens it: the bundled one (run at the door crop's shape) or {@code --model}'s file. */
    private final DetectorModel shipped;

    private ThroughputBench(Path clip, Scene scene, double fps, Path model, DetectorModel shipped) {
        this.clip = clip;
        this.scene = scene;
        this.fps = fps;
        this.model = model;
        this.shipped = shipped;
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("../shared");
        Path clip = null, scenePath = null, model = null;
        double fps = 25, from = 8, seconds = 10;
        int passes = 2;
        int threads = Runtime.getRuntime().availableProcessors();
        String parts = "onnx,model-free,idle,node";
        Path alsoClip = null, doorDay = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--clip" -> clip = Path.of(args[++i]);
                case "--scene" -> scenePath = Path.of(args[++i]);
                case "--fps" -> fps = Double.parseDouble(args[++i]);
                case "--model" -> model = Path.of(args[++i]);
                case "--from" -> from = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--node-passes" -> passes = Integer.parseInt(args[++i]);
                case "--door-day" -> doorDay = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--parts" -> parts = args[++i];
                case "--also-clip" -> alsoClip = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        clip = clip != null ? clip : shared.resolve("eval/clips/caviar_TwoLeaveShop2front_reversed.mp4");
        scenePath = scenePath != null ? scenePath : shared.resolve("eval/scenes/caviar_front.scene.json");
        DetectorModel shipped = model != null ? DetectorModel.file(model) : DetectorModel.bundled();
        model = model != null ? model : BundledModel.extract();
        for (Path p : List.of(clip, scenePath, model)) {
            if (!Files.isReadable(p)) {
                System.err.println("bench/throughput: " + p + " does not exist");
                System.exit(2);
            }
        }
        ThroughputBench bench =
                new ThroughputBench(clip, SceneJson.parse(Files.readString(scenePath)), fps, model, shipped);
        System.out.printf(
                "clip %s, frames from %.0f s for %.0f s, %d cores%n",
                clip.getFileName(), from, seconds, Runtime.getRuntime().availableProcessors());
        List<String> chosen = List.of(parts.split(","));
        List<VideoFrame> busy = bench.frames(from, seconds);
        if (chosen.contains("onnx")) {
            bench.onnxAgainstRaw(busy);
        }
        if (chosen.contains("model-free")) {
            new ModelFreeCost(bench.clip, bench.scene, fps).print();
            if (alsoClip != null && Files.isReadable(alsoClip)) {
                System.out.printf("%nthe same clip at a camera's resolution, %s:", alsoClip.getFileName());
                new ModelFreeCost(alsoClip, bench.scene, fps).print();
            }
        }
        if (chosen.contains("idle")) {
            bench.idleAgainstBusy(busy);
        }
        if (chosen.contains("node")) {
            NodePart.run(clip, doorDay, bench.scene, model, shipped, fps, busy, threads, passes);
        }
    }

    /** Frames of the clip from {@code from} seconds on, BGR in memory, stamped index ÷ fps. */
    private List<VideoFrame> frames(double from, double seconds) {
        List<VideoFrame> out = new ArrayList<>();
        ClipFrames.forEach(clip, fps, f -> {
            double t = Duration.between(Instant.EPOCH, f.capturedAt()).toNanos() / 1e9;
            if (t >= from && t < from + seconds) {
                out.add(f);
            }
        });
        if (out.isEmpty()) {
            throw new IllegalArgumentException(clip + " has no frames from " + from + " s on");
        }
        return out;
    }

    private void onnxAgainstRaw(List<VideoFrame> frames) throws Exception {
        DetectorSettings settings = DetectorSettings.defaults();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        List<float[]> tensors = new ArrayList<>();
        int size;
        String input;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(settings.threads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            try (OrtSession session = env.createSession(model.toString(), options);
                    YoloxOnnxDetector regions = new YoloxOnnxDetector(shipped, scene, settings)) {
                Map.Entry<String, NodeInfo> in =
                        session.getInputInfo().entrySet().iterator().next();
                input = in.getKey();
                size = BundledModel.boundSize(((TensorInfo) in.getValue().getInfo()).getShape());
                for (VideoFrame f : frames) {
                    for (CropRegion r : regions.regionsFor(f.width(), f.height())) {
                        tensors.add(Letterbox.of(f, r, size).tensor());
                    }
                }
                long[] shape = {1, 3, size, size};
                Runnable raw = () -> {
                    for (float[] t : tensors) {
                        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(t), shape);
                                OrtSession.Result r = session.run(Map.of(input, tensor))) {
                            r.get(0);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                };
                Supplier<Runnable> full = () -> {
                    Detector detector = new YoloxOnnxDetector(shipped, scene, settings);
                    CameraPipeline pipeline = new CameraPipeline(
                            scene, detector, PipelineSettings.forFrameRate(fps).withMotionGated(false));
                    return () -> {
                        frames.forEach(pipeline::process);
                        detector.close();
                    };
                };
                raw.run(); // warm-up
                full.get().run();
                double rawMs = 0, fullMs = 0;
                for (int round = 0; round < 3; round++) { // alternate, so load from others hits both alike
                    rawMs += millis(raw);
                    fullMs += millis(full.get());
                }
                double rawPerFrame = rawMs / 3 / frames.size(), fullPerFrame = fullMs / 3 / frames.size();
                System.out.printf(
                        "%nONNX: raw inference (session.run on prepared tensors, %d thread)  %6.1f fps  %5.1f ms/frame%n",
                        settings.threads(), 1000 / rawPerFrame, rawPerFrame);
                System.out.printf(
                        "ONNX: full analysis (crop, letterbox, run, decode, NMS, tracker, zone)  %6.1f fps  %5.1f ms/frame%n",
                        1000 / fullPerFrame, fullPerFrame);
                System.out.printf("ONNX: ratio full / raw  %.2f  (target >= 0.9)%n", rawPerFrame / fullPerFrame);
            }
        }
    }

    private void idleAgainstBusy(List<VideoFrame> busy) {
        VideoFrame empty = busy.get(0);
        for (double rate : new double[] {ANALYSIS_FPS, fps}) {
            int step = (int) Math.max(1, Math.round(fps / rate));
            List<VideoFrame> moving = new ArrayList<>();
            for (int i = 0; i < busy.size(); i += step) {
                moving.add(busy.get(i));
            }
            // A minute of the door with nobody there: one real frame with sensor noise of ±2 grey levels.
            int count = (int) Math.round(60 * rate);
            Random noise = new Random(5);
            List<VideoFrame> still = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] bgr = empty.bgr().clone();
                for (int p = 0; p < bgr.length; p += 7) {
                    bgr[p] = (byte) Math.max(0, Math.min(255, (bgr[p] & 0xff) + noise.nextInt(5) - 2));
                }
                still.add(new VideoFrame(
                        empty.width(),
                        empty.height(),
                        bgr,
                        Instant.EPOCH.plus(Duration.ofNanos(Math.round(i / rate * 1e9)))));
            }
            double[] idle = gated(still, rate), active = gated(moving, rate);
            System.out.printf(
                    "%nat %.0f fps, motion gate on: still door %.3f ms/frame (detector on %.0f of %d frames), "
                            + "people moving %.2f ms/frame (detector on %.0f of %d)%n",
                    rate, idle[0], idle[1], still.size(), active[0], active[1], moving.size());
            System.out.printf(
                    "idle / busy cost at %.0f fps: busy costs %.0fx a still scene  (target >= 20)%n",
                    rate, active[0] / idle[0]);
        }
    }

    /** @return ms per frame and detector runs, the second of two passes (the first warms up) */
    private double[] gated(List<VideoFrame> frames, double rate) {
        double[] result = new double[2];
        for (int pass = 0; pass < 2; pass++) {
            try (Detector detector = new YoloxOnnxDetector(shipped, scene, DetectorSettings.defaults())) {
                CameraPipeline pipeline = new CameraPipeline(scene, detector, PipelineSettings.forFrameRate(rate));
                result[0] = millis(() -> frames.forEach(pipeline::process)) / frames.size();
                result[1] = pipeline.framesDetected();
            }
        }
        return result;
    }

    /** Wall time of the work, in ms (a bench's figures are ratios taken in the same run: docs/benchmarks.md). */
    static double millis(Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }
}
