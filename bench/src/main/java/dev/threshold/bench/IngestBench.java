package dev.threshold.bench;

import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameSink;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.JpegCodec;
import dev.threshold.infrastructure.video.ReaderSettings;
import dev.threshold.infrastructure.video.RecorderSettings;
import dev.threshold.infrastructure.video.SegmentRecorder;
import dev.threshold.infrastructure.video.SegmentStore;
import dev.threshold.infrastructure.video.StreamSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * bench/ingest: what reading a camera costs. Decode-only is FFmpeg decoding every frame without pixel conversion,
 * the floor; the full path is {@link CameraReader} as the server runs it, with a sink that writes each analysed frame
 * to a {@link FrameStore}. Both read the file as fast as they can, so fps here is capacity, not the camera's rate.
 * The full path is also measured step by step (frames discarded, + JPEG, + store), each warmed up and best of three,
 * and once cold: its first run loads OpenCV's natives, which the earlier single cold figure (ratio 0.26) included.
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        Path work = Path.of("bench/target/ingest");
        Path shared = Path.of("../shared");
        int readers = 4;
        int seconds = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--shared" -> shared = Path.of(args[++i]);
                case "--readers" -> readers = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        Path clip = clip720p(work, shared, seconds);
        System.out.println("clip: " + clip + " (1280x720 H.264 25 fps, " + seconds + " s), cores: "
                + Runtime.getRuntime().availableProcessors());

        decodeOnly(clip); // warm-up: loads the natives, fills caches
        double decodeFps = Math.max(decodeOnly(clip), Math.max(decodeOnly(clip), decodeOnly(clip)));
        System.out.printf("decode only:              %7.1f fps (best of 3 runs, as every figure below)%n", decodeFps);

        FrameStore store = new FrameStore(work.resolve("frames"));
        long frames = Math.round(seconds * 25.0);
        // Each step of the reader's path in turn, every one warmed up first as decode-only is: the first JPEG loads
        // OpenCV's natives and the first stored frame creates the folders, once per server, not per frame.
        AtomicLong stored = new AtomicLong();
        FrameSink discard = frame -> true;
        FrameSink encode = frame -> JpegCodec.encode(frame, JpegCodec.DEFAULT_QUALITY).length > 0;
        FrameSink full = frame -> {
            store.store(frame);
            stored.incrementAndGet();
            return true;
        };
        double coldFps = readerFps(clip, full, frames);
        memory(clip, readers); // here, as before the step-by-step runs: those leave the heap grown
        double convertFps = bestReaderFps(clip, discard, frames);
        double encodeFps = bestReaderFps(clip, encode, frames);
        stored.set(0);
        double fullFps = bestReaderFps(clip, full, frames);
        System.out.printf("reader, frames discarded: %7.1f fps (decode + decimate to 5 fps + BGR copy)%n", convertFps);
        System.out.printf("reader, + JPEG:           %7.1f fps%n", encodeFps);
        System.out.printf(
                "full reader path:         %7.1f fps (decode + decimate to 5 fps + JPEG + store; %d frames stored)%n",
                fullFps, stored.get() / 3);
        System.out.printf("ratio full/decode:        %7.2f%n", fullFps / decodeFps);
        System.out.printf(
                "per kept frame (1 in 5):  %7.1f ms decode of 5 frames, %.1f ms BGR conversion and copy,"
                        + " %.1f ms JPEG, %.1f ms store (differences of the runs above: 0 when the machine's load hid"
                        + " the step)%n",
                5000 / decodeFps,
                Math.max(0, 5000 / convertFps - 5000 / decodeFps),
                Math.max(0, 5000 / encodeFps - 5000 / convertFps),
                Math.max(0, 5000 / fullFps - 5000 / encodeFps));
        System.out.printf(
                "full path, first run:     %7.1f fps (ratio %.2f: loads OpenCV's natives, creates the folders)%n",
                coldFps, coldFps / decodeFps);

        double recordFps = 0;
        for (int i = 0; i < 3; i++) {
            SegmentStore segments = new SegmentStore(work.resolve("recordings-" + i));
            long t0 = System.nanoTime();
            new SegmentRecorder("bench", StreamSource.of(clip), RecorderSettings.DEFAULTS, segments, Clock.systemUTC())
                    .run();
            recordFps = Math.max(recordFps, frames / ((System.nanoTime() - t0) / 1e9));
            segments.applyRetention(
                    "bench",
                    java.time.Duration.ofMillis(1),
                    1,
                    java.time.Instant.now().plusSeconds(3600));
        }
        System.out.printf(
                "recording (remux into segments): %7.1f fps, %.1f %% of a core for a 25 fps camera%n",
                recordFps, 25 * 100 / recordFps);
        jpeg(clip);
        store.deleteOlderThan(java.time.Instant.now().plusSeconds(3600));
    }

    /** Frames per second of the whole file through a reader, opening the file included. */
    private static double readerFps(Path clip, FrameSink sink, long frames) {
        long t0 = System.nanoTime();
        new CameraReader("bench", StreamSource.of(clip), ReaderSettings.DEFAULTS, sink, Clock.systemUTC()).run();
        return frames / ((System.nanoTime() - t0) / 1e9);
    }

    /** The best of three runs: on a shared machine the slower ones measure the neighbours. */
    private static double bestReaderFps(Path clip, FrameSink sink, long frames) {
        double best = 0;
        for (int i = 0; i < 3; i++) {
            best = Math.max(best, readerFps(clip, sink, frames));
        }
        return best;
    }

    private static double decodeOnly(Path clip) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile())) {
            grabber.start();
            long n = 0;
            long t0 = System.nanoTime();
            while (grabber.grabFrame(false, true, false, false, false) != null) {
                n++;
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static void jpeg(Path clip) throws Exception {
        List<CapturedFrame> frames = new ArrayList<>();
        new CameraReader(
                        "bench",
                        StreamSource.of(clip),
                        ReaderSettings.DEFAULTS.withAnalysisFps(1),
                        f -> frames.size() < 20 && frames.add(f),
                        Clock.systemUTC())
                .run();
        for (int quality : new int[] {70, 80, 90}) {
            long bytes = 0;
            long nanos = 0;
            for (int round = 0; round < 3; round++) {
                for (CapturedFrame f : frames) {
                    long t0 = System.nanoTime();
                    byte[] jpeg = JpegCodec.encode(f, quality);
                    nanos += System.nanoTime() - t0;
                    bytes += jpeg.length;
                }
            }
            int n = frames.size() * 3;
            System.out.printf(
                    "JPEG 1280x720 q%d:   %6.1f KB, %5.1f ms encode per frame (OpenCV; %d frames)%n",
                    quality, bytes / 1024.0 / n, nanos / 1e6 / n, frames.size());
        }
    }

    private static void memory(Path clip, int readers) throws Exception {
        System.gc();
        Thread.sleep(300);
        long rss0 = rssKb();
        long heap0 = usedHeap();
        List<Thread> threads = new ArrayList<>();
        AtomicLong peakRss = new AtomicLong(rss0);
        AtomicLong peakHeap = new AtomicLong(heap0);
        for (int i = 0; i < readers; i++) {
            // A bounded hand-off of 10 frames per camera, drained, as the server would.
            dev.threshold.infrastructure.video.FrameQueue queue = new dev.threshold.infrastructure.video.FrameQueue(10);
            CameraReader reader = new CameraReader(
                    "cam" + i, StreamSource.of(clip), ReaderSettings.DEFAULTS, queue, Clock.systemUTC());
            Thread t = new Thread(() -> {
                Thread drain = new Thread(() -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            queue.poll(java.time.Duration.ofMillis(100));
                        }
                    } catch (InterruptedException ignored) {
                        // done
                    }
                });
                drain.setDaemon(true);
                drain.start();
                reader.run();
                drain.interrupt();
            });
            threads.add(t);
            t.start();
        }
        while (threads.stream().anyMatch(Thread::isAlive)) {
            peakRss.accumulateAndGet(rssKb(), Math::max);
            peakHeap.accumulateAndGet(usedHeap(), Math::max);
            Thread.sleep(50);
        }
        System.out.printf(
                "memory with %d readers at once: RSS +%.1f MB (%.1f MB per camera), heap +%.1f MB peak"
                        + " (%.1f MB per camera, includes garbage not yet collected)%n",
                readers,
                (peakRss.get() - rss0) / 1024.0,
                (peakRss.get() - rss0) / 1024.0 / readers,
                (peakHeap.get() - heap0) / 1048576.0,
                (peakHeap.get() - heap0) / 1048576.0 / readers);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private static Path clip720p(Path work, Path shared, int seconds) throws Exception {
        Path out = work.resolve("clip-720p-" + seconds + "s.mp4");
        if (Files.exists(out)) {
            return out;
        }
        Path source = shared.resolve("eval/clips/intel_one-by-one-person-detection.mp4");
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-y", "-v", "error"));
        if (Files.exists(source)) {
            cmd.addAll(List.of("-i", source.toString(), "-vf", "scale=1280:720,fps=25"));
        } else {
            cmd.addAll(List.of("-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25"));
        }
        cmd.addAll(List.of(
                "-t",
                Integer.toString(seconds),
                "-an",
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-g",
                "50",
                "-pix_fmt",
                "yuv420p",
                out.toString()));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ffmpeg could not make the 720p clip (is the ffmpeg binary installed?)");
        }
        return out;
    }
}
