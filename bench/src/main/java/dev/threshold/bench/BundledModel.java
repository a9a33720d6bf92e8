package dev.threshold.bench;

import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The server's bundled model as a file, as exported (416×416), for the raw-inference bound, which benches measure by
 * opening ONNX Runtime sessions on a path. A model whose input size is symbolic ({@code --model}) has its bound taken
 * at {@link YoloxOnnxDetector#LARGEST_INPUT}, the export's own 416.
 */
final class BundledModel {

    private BundledModel() {}

    static Path extract() throws IOException {
        Path file = Files.createTempFile("yolox_nano-bundled", ".onnx");
        file.toFile().deleteOnExit();
        try (InputStream in = BundledModel.class.getResourceAsStream(DetectorModel.BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IOException(DetectorModel.BUNDLED_RESOURCE + " is not on the class path");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The side a model's declared input shape gives, or 416 where it is symbolic. */
    static int boundSize(long[] shape) {
        return shape[2] > 0 ? (int) shape[2] : YoloxOnnxDetector.LARGEST_INPUT;
    }
}
