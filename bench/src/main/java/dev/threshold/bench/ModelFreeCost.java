package dev.threshold.bench;

import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.foreground.BackgroundSubtractionDetector;
import dev.threshold.analytics.vision.foreground.ForegroundSettings;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.analytics.vision.replay.ClipFrames;
import dev.threshold.domain.scene.Scene;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * bench/throughput's model-free part: the model-free path (decode, BGR frames, model-free analysis) against FFmpeg
 * decoding alone, on every frame and at the analysis rate, from one clip read from disk each pass.
 */
final class ModelFreeCost {

    private final Path clip;
    private final Scene scene;
    private final double fps;

    ModelFreeCost(Path clip, Scene scene, double fps) {
        this.clip = clip;
        this.scene = scene;
        this.fps = fps;
    }

    void print() {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        long[] frames = new long[1];
        decodeOnlyMillis(); // warm-up
        modelFreeMillis(frames, false);
        modelFreeMillis(frames, true);
        double decodeMs = 0, convertMs = 0, modelFreeMs = 0;
        for (int round = 0; round < 3; round++) {
            decodeMs += decodeOnlyMillis();
            convertMs += modelFreeMillis(frames, false);
            modelFreeMs += modelFreeMillis(frames, true);
        }
        double decode = decodeMs / 3 / frames[0],
                convert = convertMs / 3 / frames[0],
                path = modelFreeMs / 3 / frames[0];
        System.out.printf(
                "%nFFmpeg decode only (no pixel conversion)  %7.1f fps  %5.2f ms/frame%n", 1000 / decode, decode);
        System.out.printf("decode + BGR frames  %7.1f fps  %5.2f ms/frame%n", 1000 / convert, convert);
        System.out.printf(
                "model-free path, every frame analysed (decode, BGR, MOG2, blobs, tracker, zone)  %7.1f fps  "
                        + "%5.2f ms/frame: analysis %.2f ms/frame%n",
                1000 / path, path, path - convert);
        System.out.printf(
                "model-free: ratio path / decode, every frame analysed  %.2f  (target >= 0.5)%n", decode / path);
        // A camera as the server reads it: every frame decoded, one in (fps / 5) converted and analysed.
        double perFrameAt5 = decode + (path - decode) * ThroughputBench.ANALYSIS_FPS / fps;
        System.out.printf(
                "model-free: ratio path / decode at the analysis rate (%.0f of %.0f fps analysed)  %.2f%n",
                ThroughputBench.ANALYSIS_FPS, fps, decode / perFrameAt5);
    }

    private double decodeOnlyMillis() {
        return ThroughputBench.millis(() -> {
            try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile())) {
                grabber.start();
                while (grabber.grabFrame(false, true, false, false, false) != null) {
                    // decoding is the work
                }
                grabber.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Decodes the clip to BGR frames and, when asked, runs the model-free pipeline on every one. */
    private double modelFreeMillis(long[] frames, boolean analyse) {
        return ThroughputBench.millis(() -> {
            try (Detector detector = new BackgroundSubtractionDetector(scene, ForegroundSettings.defaults(), fps)) {
                CameraPipeline pipeline = new CameraPipeline(
                        scene, detector, PipelineSettings.forFrameRate(fps).withMotionGated(false));
                frames[0] = ClipFrames.forEach(clip, fps, f -> {
                    if (analyse) {
                        pipeline.process(f);
                    }
                });
            }
        });
    }
}
