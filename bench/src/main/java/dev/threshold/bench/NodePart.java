package dev.threshold.bench;

import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.pipeline.DoorClearCadence;
import dev.threshold.domain.scene.Scene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * bench/throughput's {@code node} part: memory per camera, then cameras per node from CPU time on the eval clip (with
 * the door-clear cadence and, for comparison, with every frame analysed) and on a door day (the clip after a long still
 * stretch), each against the detector-only bound measured just before and after it in the same run.
 */
final class NodePart {

    private NodePart() {}

    static void run(
            Path clip,
            Path doorDay,
            Scene scene,
            Path model,
            DetectorModel shipped,
            double fps,
            List<VideoFrame> busy,
            int threads,
            int passes)
            throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<VideoFrame> analysed = new ArrayList<>();
        for (int i = 0; i < busy.size(); i += (int) Math.max(1, Math.round(fps / NodeCapacity.RATE))) {
            analysed.add(busy.get(i));
        }
        Path store = Files.createTempDirectory("throughput-frames");
        try (RawInference raw = new RawInference(model, shipped, scene, analysed)) {
            NodeCapacity node = new NodeCapacity(shipped, scene);
            raw.cpuMillisPerRun(); // warm-up
            // every camera thread once over the clip: the JIT compiles the camera path before the measured runs
            node.run(clip, threads, 1, DoorClearCadence.defaults(), store);
            CameraMemory.print(clip, scene, shipped, fps, 8);
            double before = raw.cpuMillisPerRun();
            String load = load();
            NodeCapacity.Cpu gated = node.run(clip, threads, passes, DoorClearCadence.defaults(), store);
            double between = raw.cpuMillisPerRun();
            NodeCapacity.Cpu every = node.run(clip, threads, passes, DoorClearCadence.everyFrame(), store);
            double after = raw.cpuMillisPerRun();
            String loadAfter = load();
            System.out.printf(
                    "%ndetector-only bound: raw inference %.1f, %.1f, %.1f ms CPU a frame (session.run on the "
                            + "door crops' prepared %d×%d tensors, before, between and after the node runs) => %d cores "
                            + "÷ (5 fps × %.1f ms) = %.1f cameras%n",
                    before,
                    between,
                    after,
                    raw.inputSize(),
                    raw.inputSize(),
                    cores,
                    (before + between + after) / 3,
                    cores / (NodeCapacity.RATE * (before + between + after) / 3 / 1000));
            System.out.printf("the node's detector input (door crop → network input): %s%n", raw.productInputs());
            NodeCapacity.report(
                    clip.getFileName() + ", door-clear cadence (the server's default)",
                    gated,
                    cores,
                    (before + between) / 2,
                    load + " → " + loadAfter);
            NodeCapacity.report(
                    clip.getFileName() + ", every frame analysed (no cadence, as before issue 20)",
                    every,
                    cores,
                    (between + after) / 2,
                    load + " → " + loadAfter);
            if (doorDay != null && Files.isReadable(doorDay)) {
                String dayLoad = load();
                NodeCapacity.Cpu day = node.run(doorDay, threads, 1, DoorClearCadence.defaults(), store);
                double dayAfter = raw.cpuMillisPerRun();
                NodeCapacity.report(
                        "door day, " + doorDay.getFileName() + " (still, then the clip)",
                        day,
                        cores,
                        (after + dayAfter) / 2,
                        dayLoad + " → " + load());
            }
        } finally {
            try (Stream<Path> files = Files.walk(store)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The machine's 1, 5 and 15-minute load averages. */
    static String load() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }
}
