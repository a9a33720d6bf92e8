package dev.threshold.analytics.vision.detection;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * One detector's input and output tensors, allocated once and used for every run (issue 20): before, each run made a
 * 2 MB letterbox array, a 2 MB native copy of it, a 1.2 MB native output and a 1.2 MB array copy of that, about 6 MB of
 * garbage a frame that cost a camera more CPU in the collector than decoding its video. ONNX Runtime reads the input
 * from a direct buffer and writes the output into a pinned one. A model whose output size is not fixed (an
 * administrator's file) gets its output allocated by each run, as before; one whose row count is symbolic (the bundled
 * model, run at the door crop's shape) gets the rows of its input shape. One per input shape the detector runs at.
 * Not thread-safe: a detector's own.
 */
final class ReusedTensors implements AutoCloseable {

    private final float[] letterbox;
    private final FloatBuffer inputBuffer;
    private final OnnxTensor input;
    private final String outputName;
    private final long[] outputShape;
    private final FloatBuffer outputBuffer;
    private final OnnxTensor output;
    private float[] values;
    private long[] lastShape;

    private ReusedTensors(OrtEnvironment env, InputShape shape, String outputName, long[] outputShape)
            throws OrtException {
        this.letterbox = new float[3 * shape.pixels()];
        this.inputBuffer = direct(letterbox.length);
        this.input = OnnxTensor.createTensor(env, inputBuffer, new long[] {1, 3, shape.height(), shape.width()});
        this.outputName = outputName;
        this.outputShape = outputShape;
        long count = Arrays.stream(outputShape).reduce(1, (a, b) -> a * b);
        boolean fixed = Arrays.stream(outputShape).allMatch(d -> d > 0) && count < Integer.MAX_VALUE;
        this.outputBuffer = fixed ? direct((int) count) : null;
        this.output = fixed ? OnnxTensor.createTensor(env, outputBuffer, outputShape) : null;
        this.values = fixed ? new float[(int) count] : new float[0];
    }

    /** @param rows the rows the output has at this input shape, for a model that declares them symbolic */
    static ReusedTensors forSession(OrtEnvironment env, OrtSession session, InputShape input, int rows) {
        try {
            Map.Entry<String, NodeInfo> out =
                    session.getOutputInfo().entrySet().iterator().next();
            long[] shape = out.getValue().getInfo() instanceof TensorInfo t ? t.getShape() : new long[] {-1};
            if (shape.length == 3 && shape[0] <= 1 && shape[1] < 0 && shape[2] > 0) {
                shape = new long[] {1, rows, shape[2]};
            }
            return new ReusedTensors(env, input, out.getKey(), shape);
        } catch (OrtException e) {
            throw new IllegalArgumentException("the detector's tensors cannot be allocated: " + e.getMessage(), e);
        }
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    /** The array {@link Letterbox} writes the next input into. */
    float[] letterbox() {
        return letterbox;
    }

    /** Runs the session on {@code tensor} (the letterbox's array); {@link #output} then holds the first output. */
    OrtSession.Result run(OrtSession session, String inputName, float[] tensor) throws OrtException {
        inputBuffer.clear();
        inputBuffer.put(tensor, 0, Math.min(tensor.length, inputBuffer.capacity()));
        inputBuffer.clear();
        if (output != null) {
            OrtSession.Result result = session.run(Map.of(inputName, input), Map.of(outputName, output));
            outputBuffer.clear();
            outputBuffer.get(values);
            return result;
        }
        OrtSession.Result result = session.run(Map.of(inputName, input));
        OnnxTensor out = (OnnxTensor) result.get(0);
        FloatBuffer buffer = out.getFloatBuffer();
        values = new float[buffer.remaining()];
        buffer.get(values);
        lastShape = out.getInfo().getShape();
        return result;
    }

    /** The first output of the last run, as floats. */
    float[] output() {
        return values;
    }

    long[] outputShape() {
        return output != null ? outputShape : lastShape;
    }

    @Override
    public void close() {
        input.close();
        if (output != null) {
            output.close();
        }
    }
}
