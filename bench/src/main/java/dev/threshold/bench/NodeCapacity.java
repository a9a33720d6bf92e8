package dev.threshold.bench;

import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.DoorClearCadence;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.domain.scene.Scene;
import dev.threshold.infrastructure.messaging.FrameJob;
import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.JpegCodec;
import dev.threshold.infrastructure.video.ReaderSettings;
import dev.threshold.infrastructure.video.StreamSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * bench/throughput's node part, in CPU time rather than wall time (the machine is shared; a camera's CPU per second of
 * video is what load from elsewhere changes least): every camera thread does what the server does for a camera — the
 * server's own {@link CameraReader} (its decoder settings included) decodes the clip, keeps 5 frames a second and
 * converts them to BGR, and they go to JPEG; the frame store writes and reads each
 * JPEG and the frame job goes to JSON and back (the hand-over; Artemis itself is not in it); the analysis decodes the
 * JPEG and runs the camera's pipeline (ONNX detector, motion gate, door-clear cadence, tracker, zone). Cameras per node
 * = cores ÷ (CPU seconds a camera needs per second of video).
 */
final class NodeCapacity {

    static final double RATE = 5;

    private final DetectorModel model;
    private final Scene scene;

    NodeCapacity(DetectorModel model, Scene scene) {
        this.model = model;
        this.scene = scene;
    }

    /** CPU nanoseconds spent by the cameras of one run, by kind of work, summed over cameras. */
    static final class Cpu {
        long decode;
        long handOver;
        long analysis;
        long detector;
        long detectorRuns;
        long frames;
        long leftOut;
        long decoded;
        long process;

        synchronized void decoded(long frames) {
            decoded += frames;
        }

        synchronized void add(
                long decode, long handOver, long analysis, long detector, long detectorRuns, CameraPipeline p) {
            this.decode += decode;
            this.handOver += handOver;
            this.analysis += analysis;
            this.detector += detector;
            this.detectorRuns += detectorRuns;
            this.frames += p.framesProcessed();
            this.leftOut += p.framesLeftOut();
        }

        double videoSeconds() {
            return frames / RATE;
        }

        /** Share of one core a camera takes for this many nanoseconds over the run. */
        double share(long nanos) {
            return nanos / 1e9 / videoSeconds();
        }

        double threadTotal() {
            return share(decode + handOver + analysis);
        }
    }

    /** Each of {@code cameras} threads runs the whole clip {@code passes} times as a camera. */
    Cpu run(Path clip, int cameras, int passes, DoorClearCadence cadence, Path storeRoot) throws InterruptedException {
        Cpu cpu = new Cpu();
        FrameStore store = new FrameStore(storeRoot);
        // A camera's ONNX session is made once (the server keeps it while the camera's scene stays): not measured.
        List<CpuTimedDetector> detectors = new ArrayList<>();
        for (int c = 0; c < cameras; c++) {
            detectors.add(new CpuTimedDetector(new YoloxOnnxDetector(model, scene, DetectorSettings.defaults())));
        }
        long process0 = processCpuNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < cameras; c++) {
            int camera = c;
            Thread t = new Thread(
                    () -> {
                        for (int pass = 0; pass < passes; pass++) {
                            camera(clip, "camera-" + camera + "-" + pass, detectors.get(camera), cadence, store, cpu);
                        }
                    },
                    "camera-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        cpu.process = processCpuNanos() - process0;
        detectors.forEach(CpuTimedDetector::close);
        return cpu;
    }

    /** One pass over the clip as a camera whose pipeline starts afresh (its timeline restarts). */
    private void camera(
            Path clip,
            String cameraId,
            CpuTimedDetector detector,
            DoorClearCadence cadence,
            FrameStore store,
            Cpu cpu) {
        long[] spent = new long[2]; // hand-over, analysis; the rest of the thread's CPU is the reader's
        long detectorCpu = detector.cpuNanos(), detectorRuns = detector.runs();
        CameraPipeline pipeline =
                new CameraPipeline(scene, detector, PipelineSettings.forFrameRate(RATE)).cadence(cadence);
        long start = CpuTimedDetector.threadCpuNanos();
        // The server's own reader, decoder settings and decimation included, reading the clip as fast as it decodes.
        CameraReader reader = CameraReader.ofFootage(
                cameraId,
                StreamSource.of(clip),
                ReaderSettings.DEFAULTS.withAnalysisFps(RATE),
                f -> {
                    byte[] jpeg = JpegCodec.encode(f.bgr(), f.width(), f.height(), JpegCodec.DEFAULT_QUALITY);
                    long t1 = CpuTimedDetector.threadCpuNanos();
                    String message = new FrameJob(
                                    cameraId, f.capturedAt(), store.storeJpeg(cameraId, f.capturedAt(), jpeg))
                            .toJson();
                    FrameJob job = FrameJob.fromJson(message);
                    byte[] stored = read(store, job.frameRef());
                    long t2 = CpuTimedDetector.threadCpuNanos();
                    CapturedFrame back = JpegCodec.decode(cameraId, job.capturedAt(), stored);
                    pipeline.process(new VideoFrame(back.width(), back.height(), back.bgr(), back.capturedAt()));
                    long t3 = CpuTimedDetector.threadCpuNanos();
                    spent[0] += t2 - t1;
                    spent[1] += t3 - t2;
                    return true;
                },
                Instant.EPOCH);
        reader.run();
        if (reader.health().lastError() != null) {
            throw new IllegalStateException(
                    "the reader failed on " + clip + ": " + reader.health().lastError());
        }
        long total = CpuTimedDetector.threadCpuNanos() - start;
        cpu.decoded(reader.framesDecoded());
        cpu.add(
                total - spent[0] - spent[1],
                spent[0],
                spent[1],
                detector.cpuNanos() - detectorCpu,
                detector.runs() - detectorRuns,
                pipeline);
    }

    private static byte[] read(FrameStore store, String ref) {
        try {
            return store.read(ref);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints one run's figures against the detector-only bound measured in the same run. */
    static void report(String what, Cpu cpu, int cores, double rawMs, String load) {
        double perCamera = cpu.share(cpu.process);
        double cameras = cores / perCamera;
        double bound = cores / (RATE * rawMs / 1000);
        System.out.printf(
                "%nnode, %s: %.0f s of 5 fps video (%d frames analysed or left out; %d frames decoded), load %s%n",
                what, cpu.videoSeconds(), cpu.frames, cpu.decoded, load);
        System.out.printf(
                "  share of a core per camera: decode %.3f (on the camera's thread: the camera reader's FFmpeg, BGR "
                        + "and JPEG at 5 fps), "
                        + "hand-over %.3f (frame store write + read, frame job JSON; the broker not included), "
                        + "analysis %.3f (of it the detector %.3f: %.0f %% of frames, %.0f %% left out by the cadence); "
                        + "camera threads %.3f; the process's other threads (FFmpeg's decoder threads if any, JIT, GC) "
                        + "%.3f; process %.3f%n",
                cpu.share(cpu.decode),
                cpu.share(cpu.handOver),
                cpu.share(cpu.analysis),
                cpu.share(cpu.detector),
                100.0 * cpu.detectorRuns / cpu.frames,
                100.0 * cpu.leftOut / cpu.frames,
                cpu.threadTotal(),
                perCamera - cpu.threadTotal(),
                perCamera);
        System.out.printf(
                "  => %.1f cameras at 5 fps per %d-core node from process CPU (%.1f from the camera threads' "
                        + "CPU); detector-only bound %.1f; ratio %.2f  (goal >= 1.3)%n",
                cameras, cores, cores / cpu.threadTotal(), bound, cameras / bound);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
