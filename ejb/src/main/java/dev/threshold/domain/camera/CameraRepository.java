package dev.threshold.domain.camera;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where cameras are kept. */
public interface CameraRepository {

    Optional<Camera> findByName(String name);

    void store(Camera camera);

    Optional<Camera> find(UUID id);

    List<Camera> all();

    /** Removes the camera and its door mappings. */
    void remove(Camera camera);

    /** How many labels are on this camera's video: evidence that keeps the camera from being removed. */
    long labelCount(Camera camera);
}
