package dev.threshold.application.camera;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.audit.AuditValues;
import dev.threshold.application.audit.AuditedState;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.scene.InvalidSceneException;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import dev.threshold.domain.user.Roles;
import dev.threshold.infrastructure.video.Clip;
import dev.threshold.infrastructure.video.ClipCutter;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.NoRecordingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets up cameras: their stream and credentials, analysis rate, on/off, and scene. Every change tells the camera
 * readers after the commit ({@link CameraChanged}). Cuts snapshots and clips out of a camera's recording.
 */
@Stateless
public class CameraService {

    @Inject
    CameraRepository cameras;

    @Inject
    Clock clock;

    @Inject
    Event<CameraChanged> changed;

    @Inject
    ClipCutter cutter;

    @Inject
    FrameStore frames;

    @Inject
    VideoWork work;

    @Inject
    AuditTrail audit;

    @Inject
    CameraPlugins plugins;

    @Inject
    CameraStreamSetup streams;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    public List<Camera> cameras() {
        return cameras.all();
    }

    public Optional<Camera> camera(UUID id) {
        return cameras.find(id);
    }

    /**
     * The camera whose uploaded footage is to be analysed: the same as {@link #camera}, for admins only. FootageService
     * is a CDI bean, where the container checks no roles; it asks for its camera here so that an upload meets the EJB
     * layer of access control too.
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<Camera> cameraForFootage(UUID id) {
        return cameras.find(id);
    }

    @RolesAllowed(Roles.ADMIN)
    public Camera registerCamera(CameraSettings settings) {
        Instant now = clock.instant();
        String name = Camera.validName(settings.name());
        if (cameras.findByName(name).isPresent()) {
            throw new InvalidValueException("name", "a camera named '" + name + "' exists already");
        }
        Camera camera = new Camera(name, now);
        streams.apply(camera, settings, now);
        cameras.store(camera);
        changed.fire(new CameraChanged(camera.id()));
        audit.record("camera.created", "camera/" + camera.id(), null, AuditedState.camera(camera, null));
        return camera;
    }

    @RolesAllowed(Roles.ADMIN)
    public Camera updateCamera(UUID id, CameraSettings settings) {
        Camera camera = existing(id);
        Instant now = clock.instant();
        String name = Camera.validName(settings.name());
        cameras.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new InvalidValueException("name", "a camera named '" + name + "' exists already");
        });
        JsonObject before = AuditedState.camera(camera, null);
        camera.rename(name, now);
        streams.apply(camera, settings, now);
        changed.fire(new CameraChanged(id));
        audit.record(
                "camera.changed", "camera/" + id, before, AuditedState.camera(camera, credentialsChange(settings)));
        return camera;
    }

    /** Removes a camera that has no labels yet; one with labels is evidence: disable it instead. */
    @RolesAllowed(Roles.ADMIN)
    public void removeCamera(UUID id) {
        Camera camera = existing(id);
        long labels = cameras.labelCount(camera);
        if (labels > 0) {
            throw new InvalidValueException(
                    null,
                    "camera '" + camera.name() + "' has " + labels
                            + " labels on its video; disable it instead of removing it");
        }
        cameras.remove(camera);
        changed.fire(new CameraChanged(id));
        audit.record("camera.removed", "camera/" + id, AuditedState.camera(camera, null), null);
    }

    /** Stores a scene given as {@code threshold-scene/1} JSON, exactly as written, once it parses and validates. */
    @RolesAllowed(Roles.ADMIN)
    public Camera placeScene(UUID id, String sceneJson) {
        Camera camera = existing(id);
        checkedScene(sceneJson);
        JsonObject before = AuditedState.camera(camera, null);
        camera.placeScene(sceneJson, clock.instant());
        audit.record("camera.scene-placed", "camera/" + id, before, AuditedState.camera(camera, null));
        changed.fire(new CameraChanged(id));
        return camera;
    }

    /**
     * A scene as {@code threshold-scene/1} JSON, parsed and validated, as placing it would: the console checks an
     * imported file and an edited grid with it before anything is stored.
     *
     * @throws InvalidValueException naming the field ({@code scene.door.line}, …) and what is wrong, in words
     */
    public Scene checkedScene(String sceneJson) {
        if (sceneJson == null || sceneJson.isBlank()) {
            throw new InvalidValueException("scene", "the scene is empty: send threshold-scene/1 JSON");
        }
        try {
            return SceneJson.parse(sceneJson);
        } catch (InvalidSceneException e) {
            throw new InvalidValueException("scene." + e.field(), e.getMessage());
        }
    }

    /**
     * The camera's picture nearest to {@code at} (within a second), as JPEG, from its recording. Refused at once
     * when the server already renders as many as it does at a time ({@link VideoBusyException}).
     *
     * @throws NotRecordedException when nothing was recorded then (camera offline, not recorded, deleted by retention)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // decoding holds no database connection
    public byte[] snapshotAt(UUID cameraId, Instant at) throws NotRecordedException {
        return snapshotAt(cameraId, at, Duration.ZERO);
    }

    /** As {@link #snapshotAt(UUID, Instant)}, waiting up to {@code maxWait} for a turn (background work). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] snapshotAt(UUID cameraId, Instant at, Duration maxWait) throws NotRecordedException {
        Camera camera = existing(cameraId);
        if (at == null) {
            throw new InvalidValueException("at", "the instant of the snapshot is required, e.g. 2026-11-29T08:00:00Z");
        }
        Optional<RenderedFootage> rendered = plugins.renderedFootage(camera.streamUrl());
        try {
            return work.inTurn(
                    "the snapshot of " + at,
                    maxWait,
                    () -> rendered.isPresent()
                            ? rendered.get().snapshot(at, clock.instant())
                            : cutter.snapshot(camera.id().toString(), at));
        } catch (NoRecordingException e) {
            throw new NotRecordedException(e.getMessage(), e);
        }
    }

    /**
     * The camera's picture now, for the console: from its recording a few seconds ago (the newest segment is still
     * being written), else its newest analysed frame (a camera analysed but not recorded); empty when neither exists.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<byte[]> latestPicture(UUID cameraId) {
        Camera camera = existing(cameraId);
        try {
            return Optional.of(work.inTurn(
                    "the camera's picture",
                    Duration.ZERO,
                    () -> cutter.snapshot(
                            camera.id().toString(), clock.instant().minusSeconds(12))));
        } catch (NoRecordingException notRecorded) {
            return frames.latest(camera.id().toString());
        }
    }

    /**
     * What the camera recorded from {@code from} to {@code to} as an H.264 MP4 a browser plays (copied from the
     * recording when it is H.264, so it starts at the key frame at or before {@code from}; see {@link VideoClip#start()}).
     * The file is the caller's: move it to keep it, delete it when done; files left in the clips folder are deleted
     * after an hour.
     *
     * @throws NotRecordedException when nothing was recorded in that span
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VideoClip clipBetween(UUID cameraId, Instant from, Instant to) throws NotRecordedException {
        return clipBetween(cameraId, from, to, Duration.ZERO);
    }

    /**
     * As {@link #clipBetween(UUID, Instant, Instant)}, waiting up to {@code maxWait} for a turn (background work);
     * a span cut recently is not cut again ({@link VideoWork}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VideoClip clipBetween(UUID cameraId, Instant from, Instant to, Duration maxWait)
            throws NotRecordedException {
        Camera camera = existing(cameraId);
        ClipSpan.requireValid(from, to);
        Optional<RenderedFootage> rendered = plugins.renderedFootage(camera.streamUrl());
        Path out = clipsFolder().resolve(UUID.randomUUID() + ".mp4");
        try {
            Clip clip = work.clips()
                    .clip(
                            camera.id().toString(),
                            from,
                            to,
                            out,
                            file -> work.inTurn(
                                    "the clip from " + from + " to " + to,
                                    maxWait,
                                    () -> rendered.isPresent()
                                            ? rendered.get().clip(from, to, clock.instant(), file)
                                            : cutter.cut(camera.id().toString(), from, to, file)));
            return new VideoClip(clip.file(), clip.start(), clip.end(), clip.reencoded());
        } catch (InvalidValueException e) {
            VideoUploads.deleteQuietly(out);
            throw e;
        } catch (IllegalArgumentException e) {
            VideoUploads.deleteQuietly(out);
            throw new InvalidValueException("to", e.getMessage());
        } catch (NoRecordingException e) {
            VideoUploads.deleteQuietly(out);
            throw new NotRecordedException(e.getMessage(), e);
        } catch (RuntimeException e) {
            VideoUploads.deleteQuietly(out);
            throw e;
        }
    }

    /** Where clips are cut to: {@code <data dir>/threshold/clips}. */
    public Path clipsFolder() {
        try {
            return Files.createDirectories(Path.of(serverDataDir, "threshold", "clips"));
        } catch (IOException e) {
            throw new UncheckedIOException("clips: cannot create the clips folder: " + e.getMessage(), e);
        }
    }

    /** For the audit trail: "changed" or "cleared" when the settings touched the credentials, else null. */
    private static String credentialsChange(CameraSettings settings) {
        if (settings.clearCredentials()) {
            return AuditValues.CLEARED;
        }
        return settings.password() != null && !settings.password().isEmpty() ? AuditValues.CHANGED : null;
    }

    private Camera existing(UUID id) {
        return cameras.find(id).orElseThrow(() -> new InvalidValueException("id", "there is no camera " + id));
    }
}
