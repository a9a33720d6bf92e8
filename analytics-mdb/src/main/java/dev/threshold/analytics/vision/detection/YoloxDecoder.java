package dev.threshold.analytics.vision.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes YOLOX heads exported without their post-processing: rows [tx, ty, tw, th, obj, class scores...] over the
 * grids of each stride, row-major, stride after stride; obj and class scores already sigmoided. Only class 0
 * (COCO person) is read.
 */
public final class YoloxDecoder implements OutputDecoder {

    private final InputShape input;
    private final int[] strides;

    public YoloxDecoder(InputShape input, int... strides) {
        this.input = input;
        this.strides = strides.clone();
    }

    /** The layout of the YOLOX-s/m/l/x/nano/tiny exports: strides 8, 16 and 32. */
    public static YoloxDecoder standard(int inputSize) {
        return standard(InputShape.square(inputSize));
    }

    /** The same layout for an input that is not square (a model whose input size is symbolic). */
    public static YoloxDecoder standard(InputShape input) {
        return new YoloxDecoder(input, 8, 16, 32);
    }

    public int expectedRows() {
        int rows = 0;
        for (int s : strides) {
            rows += (input.width() / s) * (input.height() / s);
        }
        return rows;
    }

    @Override
    public List<PersonDetection> decode(float[] output, long[] shape, double minScore) {
        int rows = (int) shape[shape.length - 2];
        int width = (int) shape[shape.length - 1];
        if (rows != expectedRows() || width < 6) {
            throw new IllegalArgumentException("a YOLOX output for a " + input + " input has " + expectedRows()
                    + " rows of at least 6 values; this one is " + rows + "×" + width);
        }
        List<PersonDetection> found = new ArrayList<>();
        int row = 0;
        for (int stride : strides) {
            int columns = input.width() / stride;
            int rowsOfGrid = input.height() / stride;
            for (int gy = 0; gy < rowsOfGrid; gy++) {
                for (int gx = 0; gx < columns; gx++, row++) {
                    int o = row * width;
                    double score = output[o + 4] * output[o + 5];
                    if (score < minScore) {
                        continue;
                    }
                    double cx = (output[o] + gx) * stride;
                    double cy = (output[o + 1] + gy) * stride;
                    double w = Math.exp(output[o + 2]) * stride;
                    double h = Math.exp(output[o + 3]) * stride;
                    found.add(new PersonDetection(
                            new BoundingBox(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), score));
                }
            }
        }
        return found;
    }
}
