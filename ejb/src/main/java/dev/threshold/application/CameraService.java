package dev.threshold.application;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.scene.InvalidSceneException;
import dev.threshold.domain.scene.SceneJson;
import dev.threshold.infrastructure.security.SecretBox;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets up cameras: their stream and credentials, analysis rate, on/off, and scene. Every change tells the camera
 * readers after the commit ({@link CameraChanged}).
 */
@Stateless
public class CameraService {

    @Inject
    CameraRepository cameras;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    @Inject
    Event<CameraChanged> changed;

    public List<Camera> cameras() {
        return cameras.all();
    }

    public Optional<Camera> camera(UUID id) {
        return cameras.find(id);
    }

    public Camera registerCamera(CameraSettings settings) {
        Instant now = clock.instant();
        String name = Camera.validName(settings.name());
        if (cameras.findByName(name).isPresent()) {
            throw new InvalidValueException("name", "a camera named '" + name + "' exists already");
        }
        Camera camera = new Camera(name, now);
        apply(camera, settings, now);
        cameras.store(camera);
        changed.fire(new CameraChanged(camera.id()));
        return camera;
    }

    public Camera updateCamera(UUID id, CameraSettings settings) {
        Camera camera = existing(id);
        Instant now = clock.instant();
        String name = Camera.validName(settings.name());
        cameras.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new InvalidValueException("name", "a camera named '" + name + "' exists already");
        });
        camera.rename(name, now);
        apply(camera, settings, now);
        changed.fire(new CameraChanged(id));
        return camera;
    }

    /** Removes a camera that has no labels yet; one with labels is evidence: disable it instead. */
    public void removeCamera(UUID id) {
        Camera camera = existing(id);
        long labels = cameras.labelCount(camera);
        if (labels > 0) {
            throw new InvalidValueException(null, "camera '" + camera.name() + "' has " + labels
                    + " labels on its video; disable it instead of removing it");
        }
        cameras.remove(camera);
        changed.fire(new CameraChanged(id));
    }

    /** Stores a scene given as {@code threshold-scene/1} JSON, exactly as written, once it parses and validates. */
    public Camera placeScene(UUID id, String sceneJson) {
        Camera camera = existing(id);
        try {
            SceneJson.parse(sceneJson);
        } catch (InvalidSceneException e) {
            throw new InvalidValueException("scene." + e.field(), e.getMessage());
        }
        camera.placeScene(sceneJson, clock.instant());
        changed.fire(new CameraChanged(id));
        return camera;
    }

    private void apply(Camera camera, CameraSettings settings, Instant now) {
        if (settings.streamUrl() != null && !settings.streamUrl().isBlank()) {
            try {
                StreamSource.of(settings.streamUrl()); // refuses what FFmpeg cannot open, in words
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("streamUrl", e.getMessage());
            }
        }
        camera.configureStream(settings.streamUrl(), settings.analysisFps(), settings.enabled(), now);
        if (settings.clearCredentials()) {
            camera.replaceCredentials(null, now);
        } else if (settings.password() != null && !settings.password().isEmpty()) {
            String username = settings.username() == null ? "" : settings.username();
            if (username.contains("\n") || username.length() > 200 || settings.password().length() > 500) {
                throw new InvalidValueException("username", "user name or password too long, or with line breaks");
            }
            camera.replaceCredentials(secrets.seal(username + "\n" + settings.password()), now);
        }
    }

    private Camera existing(UUID id) {
        return cameras.find(id).orElseThrow(() -> new InvalidValueException("id", "there is no camera " + id));
    }
}
