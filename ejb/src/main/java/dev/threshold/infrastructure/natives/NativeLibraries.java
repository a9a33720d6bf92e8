package dev.threshold.infrastructure.natives;

import ai.onnxruntime.OrtEnvironment;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_video;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads FFmpeg, OpenCV and ONNX Runtime once, at deployment, on the deployment's own thread, before any camera starts
 * ({@code CameraLeaseKeeper} depends on this bean). JavaCPP extracts its libraries on first use into a cache guarded by a
 * file lock; a camera reader interrupted while holding that lock (a camera restarted as it starts) left the classes
 * that need the libraries unusable until the next deployment, and the camera dead. Here nothing can interrupt the
 * extraction, and if the libraries cannot load the deployment fails, saying why, instead of every camera failing
 * later in a way nobody sees.
 * <p>
 * The cache is {@value #CACHE_DIR_PROPERTY}; configure.cli sets it to {@code threshold/javacpp} under the server's
 * data directory, and where nobody set it (a WildFly configured by hand) this bean does, before JavaCPP first reads it.
 * The libraries live in the WildFly module {@code dev.threshold.natives}: a redeploy finds them loaded already.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NativeLibraries {

    /** JavaCPP's system property for the folder it extracts native libraries into. */
    public static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";

    private static final Logger LOG = Logger.getLogger(NativeLibraries.class.getName());

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @PostConstruct
    void load() {
        Path cache = cacheDir();
        long start = System.nanoTime();
        String loading = "FFmpeg";
        try {
            Files.createDirectories(cache);
            Loader.load(avutil.class);
            Loader.load(avcodec.class);
            Loader.load(avformat.class);
            Loader.load(swscale.class);
            FFmpegFrameGrabber.tryLoad();
            FFmpegFrameRecorder.tryLoad();
            loading = "OpenCV";
            Loader.load(opencv_core.class);
            Loader.load(opencv_imgproc.class);
            Loader.load(opencv_imgcodecs.class);
            Loader.load(opencv_video.class);
            loading = "ONNX Runtime";
            OrtEnvironment.getEnvironment();
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException(
                    "Threshold cannot start: the native libraries of " + loading
                            + " could not be loaded (cache " + cache
                            + "; it must be writable by the server, with room for"
                            + " about 300 MB, on a file system that allows executing libraries): " + e,
                    e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Native libraries (FFmpeg, OpenCV, ONNX Runtime) loaded in " + millis + " ms, cache " + cache);
    }

    /** The cache configured for JavaCPP, or the server's data directory's one, set for JavaCPP to find. */
    private Path cacheDir() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path cache = Path.of(serverDataDir, "threshold", "javacpp");
        System.setProperty(CACHE_DIR_PROPERTY, cache.toString());
        return cache;
    }
}
