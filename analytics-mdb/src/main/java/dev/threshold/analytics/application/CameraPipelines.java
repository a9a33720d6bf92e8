package dev.threshold.analytics.application;

import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.scene.SceneJson;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each camera's analysis state — detector, tracker, door-line zone — kept between frames on this node. The frames of
 * one camera arrive one at a time and in order (JMS message group), so a camera's pipeline is used by one thread at a
 * time. Built on the camera's first frame from its scene; built again when the scene changes. Without a detector model
 * ({@code threshold.detector.model}, a YOLOX ONNX file) or without a scene, frames are recorded but nobody is counted.
 */
@ApplicationScoped
public class CameraPipelines {

    private static final Logger LOG = Logger.getLogger(CameraPipelines.class.getName());

    @Inject
    @ConfigProperty(name = "threshold.detector.model")
    Optional<String> modelPath;

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicBoolean warnedNoModel = new AtomicBoolean();

    /** A camera's pipeline and the scene it was built from. */
    static final class Slot implements AutoCloseable {
        final String sourceId;
        final String sceneJson;
        final YoloxOnnxDetector detector;
        final CameraPipeline pipeline;
        Instant lastFrame;

        Slot(String sourceId, String sceneJson, YoloxOnnxDetector detector, CameraPipeline pipeline) {
            this.sourceId = sourceId;
            this.sceneJson = sceneJson;
            this.detector = detector;
            this.pipeline = pipeline;
        }

        @Override
        public void close() {
            detector.close();
        }
    }

    Optional<Slot> forCamera(Camera camera) {
        return forSource(camera, camera.id().toString());
    }

    /**
     * The pipeline of the camera's live stream ({@code sourceId} = camera id) or of a footage of it: footage gets a
     * tracker of its own (its timeline is not the live one), one per camera at a time, rebuilt for the next footage.
     */
    Optional<Slot> forSource(Camera camera, String sourceId) {
        String key = sourceId.equals(camera.id().toString()) ? sourceId : camera.id() + "/footage";
        if (camera.sceneJson() == null) {
            return Optional.empty();
        }
        Optional<Path> model = modelPath.filter(p -> !p.isBlank()).map(Path::of).filter(Files::isReadable);
        if (model.isEmpty()) {
            if (warnedNoModel.compareAndSet(false, true)) {
                LOG.warning("No person detector: threshold.detector.model names no readable YOLOX ONNX file ("
                        + modelPath.orElse("not set") + "). Frames are recorded, nobody is counted.");
            }
            return Optional.empty();
        }
        Slot slot = slots.get(key);
        if (slot != null && slot.sceneJson.equals(camera.sceneJson()) && slot.sourceId.equals(sourceId)) {
            return Optional.of(slot);
        }
        if (slot != null) {
            slot.close();
        }
        var scene = SceneJson.parse(camera.sceneJson());
        YoloxOnnxDetector detector = new YoloxOnnxDetector(model.get(), scene, DetectorSettings.defaults());
        Slot built = new Slot(sourceId, camera.sceneJson(), detector,
                new CameraPipeline(scene, detector, PipelineSettings.forFrameRate(camera.analysisFps())));
        slots.put(key, built);
        LOG.info(() -> "Counting people at the door of camera '" + camera.name() + "' with " + model.get());
        return Optional.of(built);
    }

    @PreDestroy
    void closeAll() {
        slots.values().forEach(Slot::close);
        slots.clear();
    }
}
