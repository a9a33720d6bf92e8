package dev.threshold.analytics.application;

import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.replay.FrameStoreTrip;
import dev.threshold.application.camera.StoredFrames;

/** The frame store's own trip: the frame as a JPEG at the store's quality, decoded again (for replays and benches). */
public final class JpegFrameStoreTrip implements FrameStoreTrip {

    public static final JpegFrameStoreTrip INSTANCE = new JpegFrameStoreTrip();

    private JpegFrameStoreTrip() {}

    @Override
    public VideoFrame apply(VideoFrame frame) {
        StoredFrames.Pixels stored = StoredFrames.throughJpeg(frame.width(), frame.height(), frame.bgr());
        return new VideoFrame(stored.width(), stored.height(), stored.bgr(), frame.capturedAt());
    }
}
