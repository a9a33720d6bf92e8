package dev.threshold.analytics.vision.replay;

import dev.threshold.analytics.vision.detection.VideoFrame;

/**
 * What the frame store does to a frame between the camera reader and the analysis (a JPEG, decoded again). Supplied by
 * whoever replays a clip, so that the vision core stays plain Java.
 */
@FunctionalInterface
public interface FrameStoreTrip {

    /** The frame as the server's analysis would read it, stamped as it was. */
    VideoFrame apply(VideoFrame frame);
}
