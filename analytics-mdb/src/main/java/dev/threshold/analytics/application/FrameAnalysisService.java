package dev.threshold.analytics.application;

import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.application.camera.FrameToAnalyse;
import dev.threshold.application.camera.StoredFrames;
import dev.threshold.application.verdict.EntryReviews;
import dev.threshold.application.webhook.LabelWriter;
import dev.threshold.domain.camera.AnalysedFrame;
import dev.threshold.domain.camera.AnalysedFrameRepository;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.camera.DoorCrossingRepository;
import dev.threshold.domain.camera.TileOccupancy;
import dev.threshold.domain.camera.TileOccupancyRepository;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.label.Label;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;

/**
 * Analyses one frame of a camera: records it (once: a redelivered job changes nothing), and — when the camera has a
 * scene and a detector is configured — runs its pipeline and stores every door crossing it counts, labelled
 * "person entering" or "person leaving" at the doors the camera watches, and the floor tiles people stand on whenever
 * they change (for the red-tile overlay), in the same transaction.
 */
@Stateless
public class FrameAnalysisService {

    @Inject
    AnalysedFrameRepository frames;

    @Inject
    CameraRepository cameras;

    @Inject
    DoorRepository doors;

    @Inject
    DoorCrossingRepository crossings;

    @Inject
    EntryReviews entryReviews;

    @Inject
    LabelWriter labelWriter;

    @Inject
    TileOccupancyRepository occupancy;

    @Inject
    CameraPipelines pipelines;

    @Inject
    StoredFrames storedFrames;

    @Inject
    Clock clock;

    /** @return false when the frame was analysed before (a redelivered job), which then changes nothing */
    public boolean analyseFrame(FrameToAnalyse job) {
        // A footage's frames are kept apart from the live stream's: the same instant may be in both.
        if (frames.exists(job.sourceId(), job.capturedAt())) {
            return false;
        }
        frames.store(new AnalysedFrame(job.sourceId(), job.capturedAt(), job.frameRef(), clock.instant()));
        cameraOf(job).ifPresent(camera -> count(camera, job));
        return true;
    }

    private void count(Camera camera, FrameToAnalyse job) {
        Optional<CameraPipelines.Slot> found = pipelines.forSource(camera, job.sourceId());
        if (found.isEmpty()) {
            return;
        }
        CameraPipelines.Slot slot = found.get();
        synchronized (slot) {
            // A frame the pipeline has seen (a redelivery after a rollback) would confuse the tracker: skip it.
            if (slot.lastFrame != null && !job.capturedAt().isAfter(slot.lastFrame)) {
                return;
            }
            slot.lastFrame = job.capturedAt();
            StoredFrames.Pixels frame = storedFrames.decoded(job);
            var counted =
                    slot.pipeline.process(new VideoFrame(frame.width(), frame.height(), frame.bgr(), job.capturedAt()));
            recordOccupancy(camera, slot, job);
            if (counted.isEmpty()) {
                return;
            }
            List<Door> watched = doors.watchedBy(camera.id());
            for (var crossing : counted) {
                if (crossings.exists(camera.id(), crossing.trackId(), crossing.at())) {
                    continue;
                }
                DoorCrossing stored = new DoorCrossing(
                        camera,
                        crossing.trackId(),
                        crossing.at(),
                        crossing.direction() == Direction.IN ? DoorCrossing.Direction.in : DoorCrossing.Direction.out,
                        Math.max(0, Math.min(1, crossing.confidence())),
                        job.frameRef());
                crossings.store(stored);
                if (watched.isEmpty()) {
                    labelWriter.write(Label.onCrossing(stored, null));
                } else {
                    watched.forEach(door -> labelWriter.write(Label.onCrossing(stored, door.displayName())));
                }
                if (stored.direction() == DoorCrossing.Direction.in) {
                    // Counted after its window was judged (analysis lagging behind): the window is judged again.
                    watched.forEach(door -> entryReviews.entryCounted(door.lockId(), stored.crossedAt()));
                }
            }
        }
    }

    /** Stores the occupied tiles when they differ from the camera's last stored set: one row per change. */
    private void recordOccupancy(Camera camera, CameraPipelines.Slot slot, FrameToAnalyse job) {
        SortedSet<Integer> tiles = slot.pipeline.occupiedTiles();
        if (tiles.equals(slot.occupiedTiles)) {
            return;
        }
        slot.occupiedTiles = tiles;
        if (!occupancy.exists(camera.id(), job.capturedAt())) {
            occupancy.store(new TileOccupancy(camera.id(), job.capturedAt(), tiles));
        }
    }

    private Optional<Camera> cameraOf(FrameToAnalyse job) {
        try {
            return cameras.find(UUID.fromString(job.cameraId()));
        } catch (IllegalArgumentException notACameraId) {
            return Optional.empty();
        }
    }
}
