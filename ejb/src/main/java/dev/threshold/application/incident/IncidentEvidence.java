package dev.threshold.application.incident;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.NotRecordedException;
import dev.threshold.domain.camera.TailgaterTiles;
import dev.threshold.domain.camera.TileOccupancyRepository;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import dev.threshold.domain.scene.Tile;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.GridOverlay;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The pictures of an incident: for each occurrence, the camera's recorded picture at that moment with the floor grid
 * drawn and the unauthorised person's tiles red.
 */
@Stateless
public class IncidentEvidence {

    /** An e-mail's picture is rendered in the background: it waits for a free slot rather than being refused. */
    static final java.time.Duration EVIDENCE_WAIT = java.time.Duration.ofMinutes(2);

    @Inject
    IncidentService incidents;

    @Inject
    TileOccupancyRepository occupancy;

    @Inject
    CameraService cameras;

    @Inject
    FrameStore frames;

    /**
     * The occurrence's snapshot with the grid; empty when the incident or the occurrence does not exist or no camera
     * saw it.
     *
     * @throws NotRecordedException when the camera's recording does not cover that moment (retention, outage)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // decoding holds no database connection
    public Optional<byte[]> occurrenceSnapshot(UUID incidentId, int position) throws NotRecordedException {
        Optional<IncidentService.Sighting> seen = incidents.sighting(incidentId, position);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        IncidentService.Sighting s = seen.get();
        byte[] snapshot = picture(s);
        if (s.sceneJson() == null) {
            return Optional.of(snapshot);
        }
        Scene scene = SceneJson.parse(s.sceneJson());
        return Optional.of(GridOverlay.draw(snapshot, scene, personAtTheDoor(scene, s.cameraId(), s.at())));
    }

    /**
     * From the camera's recording; else, for a camera that is not recorded (the demo camera) or lost its recording,
     * the analysed frame the person was counted on, while the frame store keeps it (minutes).
     */
    private byte[] picture(IncidentService.Sighting s) throws NotRecordedException {
        try {
            return cameras.snapshotAt(s.cameraId(), s.at(), EVIDENCE_WAIT); // in the background: wait its turn
        } catch (NotRecordedException noRecording) {
            if (s.frameRef() == null) {
                throw noRecording;
            }
            try {
                return frames.read(s.frameRef());
            } catch (IOException | IllegalArgumentException gone) {
                throw noRecording;
            }
        }
    }

    /** The tiles of the person crossing the door line at {@code at} (see {@link TailgaterTiles#atTheDoor}). */
    private Set<Tile> personAtTheDoor(Scene scene, UUID cameraId, Instant at) {
        return TailgaterTiles.atTheDoor(
                scene,
                occupancy
                        .at(cameraId, at)
                        .map(o -> o.tilesOfGrid(scene.tileCols()))
                        .orElse(List.of()));
    }
}
