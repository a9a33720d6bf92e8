package dev.threshold.bench;

import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.analytics.vision.detection.VideoFrame;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A detector that counts the CPU time its calling thread spends in it (ONNX Runtime with one intra-op thread runs on
 * the caller), so a bench can split a camera's CPU into detection and the rest on a machine others load too.
 */
final class CpuTimedDetector implements Detector {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Detector inner;
    private long cpuNanos;
    private long runs;

    CpuTimedDetector(Detector inner) {
        this.inner = inner;
    }

    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    @Override
    public List<PersonDetection> detect(VideoFrame frame) {
        long t0 = threadCpuNanos();
        try {
            return inner.detect(frame);
        } finally {
            cpuNanos += threadCpuNanos() - t0;
            runs++;
        }
    }

    long cpuNanos() {
        return cpuNanos;
    }

    long runs() {
        return runs;
    }

    @Override
    public void close() {
        inner.close();
    }
}
