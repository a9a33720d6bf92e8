package dev.threshold.infrastructure.video;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link CameraSource}s plugged into this deployment, by address scheme. Static, because a {@link StreamSource}
 * is a plain value checked wherever it is made; the registry lives as long as the deployment's classes do.
 */
public final class CameraSources {

    private static final Map<String, CameraSource> BY_SCHEME = new ConcurrentHashMap<>();

    private CameraSources() {}

    /** Makes the source's addresses readable; a source registered again for its scheme replaces the earlier one. */
    public static void register(CameraSource source) {
        BY_SCHEME.put(source.scheme().toLowerCase(Locale.ROOT), source);
    }

    /** The source that serves this address, if one is plugged in for its scheme. */
    public static Optional<CameraSource> serving(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return BY_SCHEME.entrySet().stream()
                .filter(e -> lower.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
