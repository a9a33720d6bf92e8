package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.Clip;
import dev.threshold.infrastructure.video.NoRecordingException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The footage of a camera that is rendered rather than recorded (a {@link dev.threshold.infrastructure.video.CameraSource}
 * plug-in, such as the demo's): its pictures are a function of the clock, so any past moment is rendered again on
 * request instead of being cut from segments. A plug-in module makes its implementation a CDI bean; snapshots, clips
 * and the recorded timeline then work on its camera as on a recorded one ({@link CameraPlugins}).
 */
public interface RenderedFootage {

    /** Whether a camera with this stream address is one whose footage this renders. */
    boolean renders(String streamUrl);

    /**
     * The camera's picture at {@code at}, as JPEG.
     *
     * @throws NoRecordingException for a moment after {@code now}
     */
    byte[] snapshot(Instant at, Instant now) throws NoRecordingException;

    /**
     * The camera's frames from {@code from} to {@code to} (no later than {@code now}) as an H.264 MP4 written to
     * {@code out}.
     *
     * @throws NoRecordingException when nothing of the span has been shown yet
     */
    Clip clip(Instant from, Instant to, Instant now, Path out) throws NoRecordingException;
}
