package dev.threshold.bench;

import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.analytics.vision.replay.ClipFrames;
import dev.threshold.domain.scene.Scene;
import dev.threshold.infrastructure.video.ReaderDecoding;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * What a camera adds to a node's memory: the process's resident set and the heap after a collection, before and after
 * {@code cameras} cameras are set up as the server holds them (an open FFmpeg reader that has decoded frames, and a
 * pipeline whose detector has run), divided by their number.
 */
final class CameraMemory {

    private CameraMemory() {}

    static void print(Path clip, Scene scene, DetectorModel model, double fps, int cameras) throws Exception {
        long rss0 = rssBytes(), heap0 = heapAfterGc();
        List<AutoCloseable> held = new ArrayList<>();
        for (int c = 0; c < cameras; c++) {
            FFmpegFrameGrabber reader = new FFmpegFrameGrabber(clip.toFile());
            ReaderDecoding.start(reader, NodeCapacity.RATE); // the server's decoder settings
            for (int i = 0; i < 10; i++) {
                reader.grabImage();
            }
            held.add(reader);
            YoloxOnnxDetector detector = new YoloxOnnxDetector(model, scene, DetectorSettings.defaults());
            held.add(detector);
            CameraPipeline pipeline =
                    new CameraPipeline(scene, detector, PipelineSettings.forFrameRate(NodeCapacity.RATE));
            long[] n = {0};
            ClipFrames.forEach(clip, fps, NodeCapacity.RATE, f -> {
                if (n[0]++ < 60) { // into the busy part: the detector's buffers at their working size
                    pipeline.process(f);
                }
            });
        }
        long rss1 = rssBytes(), heap1 = heapAfterGc();
        System.out.printf(
                "%nmemory per camera (%d cameras set up: reader open, pipeline and detector run): "
                        + "resident %.1f MB, heap after GC %.1f MB  (goal <= 60 MB)%n",
                cameras, (rss1 - rss0) / 1e6 / cameras, (heap1 - heap0) / 1e6 / cameras);
        for (AutoCloseable a : held) {
            a.close();
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
