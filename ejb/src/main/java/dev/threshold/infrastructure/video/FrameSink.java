package dev.threshold.infrastructure.video;

/**
 * Where a reader hands the frames it keeps. Must not block: a reader that waited for a slow analysis would fall
 * behind the camera and fill FFmpeg's buffers instead.
 */
@FunctionalInterface
public interface FrameSink {

    /** @return false when the frame was refused because the analysis is behind; the reader counts it as dropped */
    boolean offer(CapturedFrame frame);
}
