package dev.threshold.analytics.vision;

import dev.threshold.testing.SceneFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Scenes and data the vision tests share. */
public final class TestScenes {

    /** The README's example: the CAVIAR shop front, the shop (inside) beyond the far edge of the floor. */
    public static final String CAVIAR = SceneFixtures.CAVIAR;

    private TestScenes() {}

    /**
     * The project's shared data folder: {@code ../shared} beside the repository root (the clone's root holds .git),
     * present on developer machines and in CI, absent elsewhere.
     */
    public static Optional<Path> shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                Path shared = p.resolveSibling("shared");
                return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
