package dev.threshold.analytics.vision.detection;

import java.util.List;

/**
 * Finds people in a frame. Implementations are chosen by configuration and are not thread-safe unless they say so:
 * a camera's pipeline owns its detector.
 */
public interface Detector extends AutoCloseable {

    /** @return people in frame coordinates, at most one box per person */
    List<PersonDetection> detect(VideoFrame frame);

    @Override
    default void close() {}
}
