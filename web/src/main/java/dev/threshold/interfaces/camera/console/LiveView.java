package dev.threshold.interfaces.camera.console;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.door.DoorMappingService;
import dev.threshold.domain.camera.Camera;
import dev.threshold.interfaces.console.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The live pages: one camera's live picture with its doors' latest events ({@code live.xhtml?id=}), and the wall of
 * every enabled camera ({@code wall.xhtml}). The pages only name the cameras; live.js and wall.js fetch the pictures
 * and events from {@code /api/cameras/{id}/live} and {@code /timeline}.
 */
@Named
@RequestScoped
public class LiveView {

    /** A camera as the pages show it: its name and the doors it watches. */
    public record Tile(Camera camera, String doors) {
        public String getId() {
            return camera.id().toString();
        }
    }

    @Inject
    CameraService cameras;

    @Inject
    DoorMappingService doorMapping;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private String id;
    private Tile tile;
    private List<Tile> wall;

    /** Reads the page's camera; an id that names none is said in words and shows no picture. */
    public void load() {
        UUID cameraId;
        try {
            cameraId = UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            Messages.warn("Choose a camera on the camera wall: \"" + id + "\" is not a camera.");
            return;
        }
        Optional<Camera> camera = cameras.camera(cameraId);
        if (camera.isEmpty()) {
            Messages.warn("There is no such camera (removed?). Choose one on the camera wall.");
            return;
        }
        tile = new Tile(camera.get(), doorsOf().getOrDefault(cameraId, "no door"));
    }

    /** Every enabled camera, by name, with its doors. */
    public List<Tile> getWall() {
        if (wall == null) {
            Map<UUID, String> doors = doorsOf();
            wall = cameras.cameras().stream()
                    .filter(Camera::enabled)
                    .map(c -> new Tile(c, doors.getOrDefault(c.id(), "no door")))
                    .toList();
        }
        return wall;
    }

    /** The doors each camera watches, as one line of names. */
    private Map<UUID, String> doorsOf() {
        return doorMapping.doors().stream()
                .flatMap(d -> d.cameras().stream().map(c -> Map.entry(c.id(), d)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(e -> e.getValue().displayName(), Collectors.joining(", "))));
    }

    /** Where "Watch the recording" opens the viewer: half a minute ago, so that its span is recorded already. */
    public String getRecentMoment() {
        return clock.instant().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public String getBase() {
        return external.getRequestContextPath();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isReady() {
        return tile != null;
    }

    public Tile getTile() {
        return tile;
    }
}
