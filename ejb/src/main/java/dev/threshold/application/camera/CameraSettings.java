package dev.threshold.application.camera;

/**
 * What an admin sets on a camera. Credentials follow the secrets rule: {@code password} null keeps the stored ones,
 * a value replaces them, {@code clearCredentials} removes them.
 */
public record CameraSettings(
        String name,
        String streamUrl,
        String username,
        String password,
        boolean clearCredentials,
        double analysisFps,
        boolean enabled) {

    @Override
    public String toString() {
        return "CameraSettings[name=" + name + ", enabled=" + enabled + ", analysisFps=" + analysisFps + "]";
    }
}
