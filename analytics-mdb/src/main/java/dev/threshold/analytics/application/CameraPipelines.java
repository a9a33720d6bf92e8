package dev.threshold.analytics.application;

import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.scene.SceneJson;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each camera's analysis state — detector, tracker, door-line zone — kept between frames on this node. The frames of
 * one camera arrive one at a time and in order (JMS message group), so a camera's pipeline is used by one thread at a
 * time. Built on the camera's first frame from its scene; built again when the scene changes. The detector is
 * {@code threshold.detector.kind}: {@code auto} (default) runs the bundled YOLOX-nano model in ONNX Runtime, or the
 * file {@code threshold.detector.model} names; {@code model-free} the background-subtraction fallback. Without a
 * scene, or with a named model file that cannot be read, frames are recorded but nobody is counted.
 */
@ApplicationScoped
public class CameraPipelines {

    private static final Logger LOG = Logger.getLogger(CameraPipelines.class.getName());

    @Inject
    @ConfigProperty(name = "threshold.detector.model")
    Optional<String> modelPath;

    @Inject
    @ConfigProperty(name = "threshold.detector.kind", defaultValue = "auto")
    String detectorKind;

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();

    /** A camera's pipeline and the scene it was built from. */
    static final class Slot implements AutoCloseable {
        final String sourceId;
        final String sceneJson;
        final Detector detector;
        final CameraPipeline pipeline;
        Instant lastFrame;
        /** The occupied tiles last stored for the camera; a new pipeline starts from an empty floor. */
        SortedSet<Integer> occupiedTiles = new TreeSet<>();

        Slot(String sourceId, String sceneJson, Detector detector, CameraPipeline pipeline) {
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
        Slot slot = slots.get(key);
        if (slot != null && slot.sceneJson.equals(camera.sceneJson()) && slot.sourceId.equals(sourceId)) {
            return Optional.of(slot);
        }
        // Only when a pipeline is (re)built: the configuration and the model file are not looked at on every frame.
        DetectorChoice choice;
        try {
            choice = detectorChoice();
        } catch (IllegalArgumentException badKind) {
            warnOnce(badKind.getMessage() + ". Frames are recorded, nobody is counted.");
            return Optional.empty();
        }
        Optional<String> unusable = choice.unusable();
        if (unusable.isPresent()) {
            warnOnce(unusable.get() + ". Frames are recorded, nobody is counted.");
            return Optional.empty();
        }
        if (slot != null) {
            slots.remove(key);
            slot.close();
        }
        var scene = SceneJson.parse(camera.sceneJson());
        Detector detector = choice.create(scene, camera.analysisFps(), DetectorSettings.defaults());
        Slot built = new Slot(
                sourceId,
                camera.sceneJson(),
                detector,
                new CameraPipeline(scene, detector, PipelineSettings.forFrameRate(camera.analysisFps())));
        slots.put(key, built);
        LOG.info(() -> "Counting people at the door of camera '" + camera.name() + "' with " + choice.describe());
        return Optional.of(built);
    }

    /**
     * The detector {@code threshold.detector.kind} and {@code threshold.detector.model} choose.
     *
     * @throws IllegalArgumentException for an unknown kind, naming the accepted ones
     */
    DetectorChoice detectorChoice() {
        return DetectorChoice.of(detectorKind, modelPath);
    }

    private void warnOnce(String message) {
        if (warned.compareAndSet(false, true)) {
            LOG.warning(message);
        }
    }

    @PreDestroy
    void closeAll() {
        slots.values().forEach(Slot::close);
        slots.clear();
    }
}
