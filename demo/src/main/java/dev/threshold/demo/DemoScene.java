package dev.threshold.demo;

import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo camera's set-up in {@code threshold-scene/1}, as a user would draw it on a snapshot: the lobby floor
 * (5 × 4 m, half-metre tiles — the tiles drawn on the rendered floor) and the door line on the doorway's threshold,
 * the lobby being inside. Its corners are {@link DemoOptics}' projections of the floor's corners, to a tenth of a
 * pixel.
 */
public final class DemoScene {

    public static final String CAMERA_NAME = "Demo camera";
    private static final String RESOURCE = "demo-door.scene.json";

    private DemoScene() {}

    /** The scene document exactly as the demo stores it on its camera. */
    public static String json() {
        try (InputStream in = DemoScene.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo scene " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scene scene() {
        return SceneJson.parse(json());
    }
}
