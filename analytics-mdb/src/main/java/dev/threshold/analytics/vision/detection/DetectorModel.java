package dev.threshold.analytics.vision.detection;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The YOLOX ONNX model a detector runs: the YOLOX-nano model bundled with Threshold (a resource of this module, so
 * that it ships inside the EAR and comes back with every redeploy; origin and licence in its NOTICE next to it), or a
 * file an administrator names instead ({@code threshold.detector.model}).
 *
 * @param file the administrator's model file; empty for the bundled model
 */
public record DetectorModel(Optional<Path> file) {

    /** Where the bundled model lives on the class path (yolox_nano.NOTICE and yolox_nano.LICENSE beside it). */
    public static final String BUNDLED_RESOURCE = "/dev/threshold/analytics/models/yolox_nano.onnx";

    private static final Object LOCK = new Object();
    private static byte[] bundledBytes;
    private static byte[] bundledSymbolicBytes;

    public DetectorModel {
        Objects.requireNonNull(file, "file");
    }

    public static DetectorModel bundled() {
        return new DetectorModel(Optional.empty());
    }

    public static DetectorModel file(Path file) {
        return new DetectorModel(Optional.of(file));
    }

    public boolean isBundled() {
        return file.isEmpty();
    }

    /** Whether a session can be opened: the bundled model always (the build puts it in), a file when readable. */
    public boolean readable() {
        return file.map(Files::isReadable).orElse(true);
    }

    /** In words, for logs, reports and error messages. */
    public String describe() {
        return file.map(f -> "the model file " + f).orElse("the bundled YOLOX-nano model");
    }

    /**
     * @param fittedInput open the bundled model with its input size symbolic ({@link SymbolicInputSize}), so that it
     *     runs at each region's {@link InputShape}; an administrator's file is opened as it is
     */
    OrtSession open(OrtEnvironment env, OrtSession.SessionOptions options, boolean fittedInput) throws OrtException {
        if (file.isPresent()) {
            return env.createSession(file.get().toString(), options);
        }
        return env.createSession(fittedInput ? bundledSymbolicBytes() : bundledBytes(), options);
    }

    private static byte[] bundledSymbolicBytes() {
        synchronized (LOCK) {
            if (bundledSymbolicBytes == null) {
                bundledSymbolicBytes = SymbolicInputSize.of(bundledBytes());
            }
            return bundledSymbolicBytes;
        }
    }

    /** Read from the class path once per deployment (3.6 MB): every camera's detector opens a session of its own. */
    private static byte[] bundledBytes() {
        synchronized (LOCK) {
            if (bundledBytes == null) {
                try (InputStream in = DetectorModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException("the bundled person detector " + BUNDLED_RESOURCE
                                + " is missing from the analytics module: the build is incomplete");
                    }
                    bundledBytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("the bundled person detector cannot be read", e);
                }
            }
            return bundledBytes;
        }
    }
}
