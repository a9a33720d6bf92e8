package dev.threshold.demo;

import dev.threshold.infrastructure.video.Clip;
import dev.threshold.infrastructure.video.ClipCutter;
import dev.threshold.infrastructure.video.JpegCodec;
import dev.threshold.infrastructure.video.NoRecordingException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;

/**
 * The demo camera's "recording": its pictures are a function of the clock (each frame shows the loop at its own
 * moment), so a snapshot or a clip of any past moment is rendered again on request, frame for frame what the camera
 * showed then, instead of being stored. Snapshots, clips and the viewer then work on the demo as on a real camera.
 */
public final class DemoFootage {

    private static final Duration FRAME_INTERVAL =
            Duration.ofMillis(Math.round(1000 / DemoCameraGrabber.FRAMES_PER_SECOND));

    private DemoFootage() {}

    /** Whether a camera with this stream address is the demo camera, whose footage is rendered. */
    public static boolean renders(String streamUrl) {
        return DemoCameraGrabber.renders(streamUrl);
    }

    /** The demo camera's picture at {@code at}, as JPEG. */
    public static byte[] snapshot(Instant at, Instant now) throws NoRecordingException {
        if (at.isAfter(now)) {
            throw new NoRecordingException("the demo camera has not shown " + at + " yet");
        }
        DemoScript script = DemoScript.standard();
        try (DemoRenderer renderer = new DemoRenderer(script)) {
            return JpegCodec.encode(
                    renderer.bgrAt(new DemoLoop(script.loopSeconds()).secondsAt(at)),
                    DemoRenderer.WIDTH,
                    DemoRenderer.HEIGHT,
                    JpegCodec.DEFAULT_QUALITY);
        }
    }

    /**
     * The demo camera's frames from {@code from} to {@code to} (no later than now) as an H.264 MP4, on the camera's
     * grid of 100 ms.
     */
    public static Clip clip(Instant from, Instant to, Instant now, Path out) throws NoRecordingException {
        Instant end = to.isAfter(now) ? now : to;
        long interval = FRAME_INTERVAL.toMillis();
        Instant first = Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli() + interval - 1, interval) * interval);
        if (first.isAfter(end)) {
            throw new NoRecordingException("the demo camera has not shown " + from + " yet");
        }
        DemoScript script = DemoScript.standard();
        DemoLoop loop = new DemoLoop(script.loopSeconds());
        FFmpegFrameRecorder recorder = ClipCutter.encodingMp4(
                out, DemoRenderer.WIDTH, DemoRenderer.HEIGHT, DemoCameraGrabber.FRAMES_PER_SECOND);
        Instant last = first;
        try (DemoRenderer renderer = new DemoRenderer(script);
                OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            recorder.start();
            for (Instant t = first; !t.isAfter(end); t = t.plus(FRAME_INTERVAL)) {
                recorder.setTimestamp(Duration.between(first, t).toNanos() / 1000);
                recorder.record(converter.convert(renderer.render(loop.secondsAt(t))));
                last = t;
            }
            recorder.stop();
            return new Clip(out, first, last, true);
        } catch (FrameRecorder.Exception e) {
            throw new IllegalStateException(
                    "the demo clip from " + from + " to " + to + " could not be written to " + out + ": "
                            + e.getMessage(),
                    e);
        } finally {
            try {
                recorder.release();
            } catch (FrameRecorder.Exception e) {
                // released as far as it goes: the file is the caller's to delete
            }
        }
    }
}
