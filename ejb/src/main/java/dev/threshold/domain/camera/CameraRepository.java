package dev.threshold.domain.camera;

import java.util.Optional;

/** Where cameras are kept. */
public interface CameraRepository {

    Optional<Camera> findByName(String name);

    void store(Camera camera);
}
