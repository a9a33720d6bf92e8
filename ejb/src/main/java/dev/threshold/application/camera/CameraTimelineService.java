package dev.threshold.application.camera;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.camera.TailgaterTiles;
import dev.threshold.domain.camera.TileOccupancy;
import dev.threshold.domain.camera.TileOccupancyRepository;
import dev.threshold.domain.incident.IncidentRepository;
import dev.threshold.domain.label.LabelRepository;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import dev.threshold.infrastructure.video.ClipCutter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gathers what the viewer shows over a camera's recording: door events, and the tiles tailgaters stood on. */
@Stateless
public class CameraTimelineService {

    /** Most occupancy rows or labels of one span: a busy door at 5 fps changes tiles a few times a second. */
    static final int MAX_ROWS = 20_000;

    @Inject
    CameraRepository cameras;

    @Inject
    TileOccupancyRepository occupancy;

    @Inject
    IncidentRepository incidents;

    @Inject
    LabelRepository labels;

    @Inject
    @ConfigProperty(name = "threshold.viewer.before-seconds", defaultValue = "10")
    long beforeSeconds;

    @Inject
    @ConfigProperty(name = "threshold.viewer.after-seconds", defaultValue = "20")
    long afterSeconds;

    /** The span the viewer shows around a moment: a little before it, more after (people walk in after a badge). */
    public CameraTimeline.Span spanAround(Instant at) {
        return new CameraTimeline.Span(
                at.minusSeconds(Math.max(0, beforeSeconds)), at.plusSeconds(Math.max(1, afterSeconds)));
    }

    /**
     * The camera's timeline of [from, to] (at most as long as a clip); empty when there is no such camera.
     *
     * @throws InvalidValueException when the span is missing, backwards or too long
     */
    public Optional<CameraTimeline> timelineBetween(UUID cameraId, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidValueException("to", "give a span from … to …, the end after the start");
        }
        if (Duration.between(from, to).compareTo(ClipCutter.MAX_CLIP) > 0) {
            throw new InvalidValueException(
                    "to", "at most " + ClipCutter.MAX_CLIP.toMinutes() + " minutes can be viewed at once");
        }
        return cameras.find(cameraId).map(camera -> timeline(camera, from, to));
    }

    private CameraTimeline timeline(Camera camera, Instant from, Instant to) {
        List<CameraTimeline.Marker> markers = labels.onCamera(camera.id(), from, to, MAX_ROWS).stream()
                .map(CameraTimeline.Marker::of)
                .toList();
        return new CameraTimeline(
                camera.id(), camera.name(), from, to, camera.sceneJson(), occupied(camera, from, to), markers);
    }

    private List<CameraTimeline.OccupiedTiles> occupied(Camera camera, Instant from, Instant to) {
        if (camera.sceneJson() == null) {
            return List.of(); // tiles mean nothing without the grid they index
        }
        Scene scene = SceneJson.parse(camera.sceneJson());
        List<TileOccupancy> rows = occupancy.during(camera.id(), from, to, MAX_ROWS);
        // A tailgater who crossed just outside the span may still stand on the floor inside it.
        List<Instant> crossings = incidents.occurrencesSeenBy(
                camera.id(), from.minus(TailgaterTiles.FOLLOWED), to.plus(TailgaterTiles.FOLLOWED));
        List<SortedSet<Integer>> red = TailgaterTiles.of(scene, rows, crossings);
        List<CameraTimeline.OccupiedTiles> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            result.add(new CameraTimeline.OccupiedTiles(
                    rows.get(i).since(), rows.get(i).tiles(), new TreeSet<>(red.get(i))));
        }
        return result;
    }
}
