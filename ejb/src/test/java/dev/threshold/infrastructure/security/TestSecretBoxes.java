package dev.threshold.infrastructure.security;

import java.nio.file.Path;
import java.util.Optional;

/** A real {@link SecretBox} for tests of other packages: its key made in a data directory of the test's own. */
public final class TestSecretBoxes {

    private TestSecretBoxes() {}

    public static SecretBox inDataDir(Path dataDir) {
        SecretBox box = new SecretBox();
        box.configuredKey = Optional.empty();
        box.serverDataDir = dataDir.toString();
        box.loadKey();
        return box;
    }
}
