package dev.threshold.bench.soak;

import java.util.Locale;

/** One minute's figures of the soak (memory in MiB, latencies in ms; -1 where there was nothing to measure). */
record Sample(
        double minute,
        double rssMiB,
        double heapAfterGcMiB,
        int threads,
        int openFiles,
        long framesWaiting,
        long droppedFrames,
        long framesQueue,
        long windowsQueue,
        long deadLetters,
        long outbox,
        long events,
        double webhookP99Ms,
        long windowsJudged,
        double verdictP99Ms,
        double load1) {

    static final String CSV_HEADER = "minute,rss_mib,heap_after_gc_mib,threads,open_files,frames_waiting,"
            + "dropped_frames_total,jms_frames,jms_door_windows,jms_dead_letters,outbox,events,webhook_p99_ms,"
            + "windows_judged,verdict_p99_ms,load1";

    String csv() {
        return String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.1f,%d,%.1f,%.2f", figures());
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "min %5.1f  rss %6.0f MiB  heap(after GC) %5.0f MiB  threads %4d  fds %4d"
                        + "  frames waiting %3d (dropped %d)  jms frames %d door-windows %d dead %d  outbox %d"
                        + "  events %5d p99 %6.1f ms  windows %3d verdict p99 %6.0f ms  load %.2f",
                figures());
    }

    /** The figures in the order both formats print them (the CSV header's order). */
    private Object[] figures() {
        return new Object[] {
            minute,
            rssMiB,
            heapAfterGcMiB,
            threads,
            openFiles,
            framesWaiting,
            droppedFrames,
            framesQueue,
            windowsQueue,
            deadLetters,
            outbox,
            events,
            webhookP99Ms,
            windowsJudged,
            verdictP99Ms,
            load1
        };
    }

    static double p99(java.util.List<Long> values, double scale) {
        if (values.isEmpty()) {
            return -1;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.99 * sorted.length) - 1)] * scale;
    }
}
