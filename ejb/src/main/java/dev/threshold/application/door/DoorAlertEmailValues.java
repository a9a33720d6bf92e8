package dev.threshold.application.door;

import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.camera.Camera;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values of a door alert's e-mail ({@code EmailTemplate.DOOR_ALERT}): what happened, where, when, and a link to
 * each of the door's cameras' video at that moment.
 */
final class DoorAlertEmailValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.ENGLISH);

    private DoorAlertEmailValues() {}

    /**
     * @param detail a few words more, e.g. "5 denied badges within 60 s, the last of Ada Lovelace"; may be null
     * @param baseUrl the console's address, for the links to the video
     */
    static Map<String, Object> of(
            AlertKind kind,
            String doorName,
            Instant at,
            String detail,
            List<Camera> cameras,
            String baseUrl,
            ZoneId zone) {
        Map<String, Object> values = new HashMap<>();
        values.put(
                "what",
                switch (kind) {
                    case FORCED_OPEN -> "door forced open";
                    case HELD_OPEN -> "door held open";
                    case TAILGATING -> "tailgating";
                    case DENIED_BURST -> "a burst of denied badges";
                });
        values.put("kind", kind.words());
        values.put("door", doorName);
        values.put("time", TIME.withZone(zone).format(at));
        values.put("detail", detail);
        values.put("has_cameras", !cameras.isEmpty());
        values.put("camera_names", cameras.stream().map(Camera::name).collect(Collectors.joining(", ")));
        values.put(
                "cameras",
                cameras.stream()
                        .map(c -> Map.of(
                                "name", c.name(), "link", baseUrl + "/ui/viewer.xhtml?camera=" + c.id() + "&at=" + at))
                        .toList());
        return values;
    }
}
