package dev.threshold.analytics.vision.detection;

import java.util.List;

/**
 * Turns a model's raw output tensor into person boxes in model-input pixels. One implementation per output layout,
 * so another model family needs a decoder, not a new detector.
 */
public interface OutputDecoder {

    /**
     * @param output   the output tensor, flattened row-major
     * @param shape    its shape, e.g. [1, 3549, 85]
     * @param minScore boxes scoring below it are dropped before any suppression
     */
    List<PersonDetection> decode(float[] output, long[] shape, double minScore);
}
