package dev.threshold.bench;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.threshold.analytics.vision.detection.CropRegion;
import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.Letterbox;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.domain.scene.Scene;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The detector alone: {@code session.run} on the door crops' prepared tensors, at the model's own input size, with the
 * product's session options (one intra-op thread, so the run is on the calling thread and its thread CPU is the cost).
 * This is what bounds a node that runs the detector on every analysed frame: the bound is the model file as exported,
 * square, whatever input the product's detector runs at ({@code shipped}).
 */
final class RawInference implements AutoCloseable {

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String input;
    private final long[] shape;
    private final List<float[]> tensors = new ArrayList<>();
    private final java.util.Set<String> fitted = new java.util.TreeSet<>();

    RawInference(Path model, DetectorModel shipped, Scene scene, List<VideoFrame> frames) throws OrtException {
        DetectorSettings settings = DetectorSettings.defaults();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(settings.threads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model.toString(), options);
        }
        Map.Entry<String, NodeInfo> in =
                session.getInputInfo().entrySet().iterator().next();
        input = in.getKey();
        int size = BundledModel.boundSize(((TensorInfo) in.getValue().getInfo()).getShape());
        shape = new long[] {1, 3, size, size};
        try (YoloxOnnxDetector regions = new YoloxOnnxDetector(shipped, scene, settings)) {
            for (VideoFrame f : frames) {
                for (CropRegion r : regions.regionsFor(f.width(), f.height())) {
                    tensors.add(Letterbox.of(f, r, size).tensor());
                    fitted.add(r.width() + "×" + r.height() + " → " + regions.inputShapeFor(r));
                }
            }
        }
    }

    /** The door crops and the input the product's detector runs each at, e.g. "384×160 → 416×224". */
    String productInputs() {
        return String.join(", ", fitted);
    }

    int inputSize() {
        return (int) shape[2];
    }

    /** @return thread CPU milliseconds per inference, over every prepared tensor once */
    double cpuMillisPerRun() {
        long t0 = CpuTimedDetector.threadCpuNanos();
        for (float[] t : tensors) {
            try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(t), shape);
                    OrtSession.Result r = session.run(Map.of(input, tensor))) {
                r.get(0);
            } catch (OrtException e) {
                throw new IllegalStateException(e);
            }
        }
        return (CpuTimedDetector.threadCpuNanos() - t0) / 1e6 / tensors.size();
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
