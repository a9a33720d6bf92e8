package dev.threshold.interfaces.camera.console;

import java.time.Instant;
import java.util.UUID;

/** The address of the viewer at a camera's moment: where search results and incident occurrences lead. */
public final class ViewerLinks {

    private ViewerLinks() {}

    public static String at(String contextPath, UUID cameraId, Instant at) {
        return contextPath + "/ui/viewer.xhtml?camera=" + cameraId + "&at=" + at;
    }
}
