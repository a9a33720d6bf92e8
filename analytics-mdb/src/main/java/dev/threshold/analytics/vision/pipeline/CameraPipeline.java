package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.crossing.DoorLineZone;
import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.detection.CropRegion;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.EmptyScene;
import dev.threshold.analytics.vision.detection.FixturePlaces;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.analytics.vision.detection.SceneChange;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.tracking.Appearance;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.FloorTracker;
import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.Scene;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One camera's frames in, door crossings out. Frames must arrive in capture order; the first frame fixes the frame
 * size the scene is scaled to. Not thread-safe: one pipeline per camera, fed by one thread.
 */
public final class CameraPipeline {

    private final Scene scene;
    private final Detector detector;
    private final PipelineSettings settings;
    private final FloorTracker tracker;
    private final MotionGate gate = MotionGate.defaults();
    private final EmptyScene emptyScene = new EmptyScene();
    private final FixturePlaces fixturePlaces = new FixturePlaces();
    private FloorGeometry geometry;
    private DoorLineZone zone;
    private CropRegion doorRegion;
    private Instant start;
    private Instant lastDetection;
    private List<FloorObservation> lastObservations = List.of();
    private long frames;
    private long detections;
    private PipelineTrace trace;
    // Every other frame left out while nobody is near the door (issue 20, cameras per node).
    private DoorClearCadence cadence = DoorClearCadence.defaults();
    private boolean previousLeftOut;
    private long leftOut;
    private long fixtures;

    public CameraPipeline(Scene scene, Detector detector, PipelineSettings settings) {
        this.scene = scene;
        this.detector = detector;
        this.settings = settings;
        this.tracker = new FloorTracker(settings.tracker());
    }

    public List<LineCrossing> process(VideoFrame frame) {
        if (geometry == null) {
            Scene scaled = scene.scaledTo(frame.width(), frame.height());
            geometry = scaled.geometry();
            zone = new DoorLineZone(geometry, settings.zone());
            doorRegion = CropRegion.aroundDoor(scaled, 0.05, 0.25);
            start = frame.capturedAt();
        } else if (frame.width() != geometry.scene().width()
                || frame.height() != geometry.scene().height()) {
            throw new IllegalArgumentException(
                    "frame size changed from " + geometry.scene().width() + "×"
                            + geometry.scene().height() + " to " + frame.width() + "×" + frame.height());
        }
        frames++;
        if (lastDetection != null
                && cadence.mayLeaveOut(previousLeftOut, tracker.tracks(), lastObservations, geometry)) {
            previousLeftOut = true;
            leftOut++;
            if (trace != null) {
                trace.frame(frame.capturedAt(), geometry, false, lastObservations, tracker.tracks(), List.of());
            }
            return List.of();
        }
        previousLeftOut = false;
        boolean moved = gate.moved(frame, doorRegion);
        List<FloorObservation> observations;
        boolean detectorRan = false;
        if (settings.motionGated()
                && !moved
                && lastDetection != null
                && Duration.between(lastDetection, frame.capturedAt()).toMillis() < settings.maxSkipSeconds() * 1000) {
            // Nothing moved near the door: the detector would find what it found last time. The tracker sees that
            // again, so people standing still (or a figure the detector takes for one) keep their tracks.
            observations = lastObservations;
        } else {
            detections++;
            detectorRan = true;
            lastDetection = frame.capturedAt();
            gate.detectorRan();
            observations = new ArrayList<>();
            double now = seconds(frame.capturedAt());
            SceneChange change = emptyScene.compare(frame, now);
            List<PersonDetection> found = detector.detect(frame);
            List<BoundingBox> boxes = found.stream().map(PersonDetection::box).toList();
            for (PersonDetection d : found) {
                if (change.still(d.box(), boxes)
                        || fixturePlaces.at(d.box(), now) && change.stillWhereAFixtureStood(d.box(), boxes)) {
                    fixturePlaces.remember(d.box(), now);
                    // A fixture the detector takes for a person: a track on it would ride a passer-by's legs
                    // or drift with its box as if it walked (docs/benchmarks.md, "A fixture is not a person").
                    fixtures++;
                    continue;
                }
                observations.add(new FloorObservation(
                        geometry.toFloor(d.box().bottomCentre()), d.box(), d.score(), Appearance.of(frame, d.box())));
            }
            lastObservations = observations;
        }
        List<Track> tracks = tracker.update(observations, seconds(frame.capturedAt()));
        List<LineCrossing> crossings = zone.update(tracks, frame.capturedAt());
        if (trace != null) {
            trace.frame(frame.capturedAt(), geometry, detectorRan, observations, tracks, crossings);
        }
        return crossings;
    }

    /** Which frames may be left out unanalysed while nobody is near the door ({@link DoorClearCadence#defaults}). */
    public CameraPipeline cadence(DoorClearCadence cadence) {
        this.cadence = cadence;
        return this;
    }

    /** Detections dropped as fixtures: boxes whose own pixels show the {@link EmptyScene}. */
    public long fixturesDropped() {
        return fixtures;
    }

    /** Frames left out unanalysed by the {@link DoorClearCadence} (counted in {@link #framesProcessed} too). */
    public long framesLeftOut() {
        return leftOut;
    }

    /** Shows each frame's detections, tracks and crossings to the given trace (null: to nobody, the default). */
    public void trace(PipelineTrace trace) {
        this.trace = trace;
    }

    private double seconds(Instant at) {
        return Duration.between(start, at).toNanos() / 1e9;
    }

    public List<Track> tracks() {
        return tracker.tracks();
    }

    /**
     * Floor tiles under the confirmed tracks after the latest frame (coasting ones included: a person briefly unseen
     * still stands somewhere), as indices {@code row × cols + col}; empty before the first frame.
     */
    public SortedSet<Integer> occupiedTiles() {
        SortedSet<Integer> tiles = new TreeSet<>();
        if (geometry == null) {
            return tiles;
        }
        for (Track t : tracker.tracks()) {
            if (t.confirmed()) {
                geometry.tileOf(t.position()).ifPresent(tile -> tiles.add(tile.index(scene.tileCols())));
            }
        }
        return tiles;
    }

    /** Distinct people the tracker confirmed so far. */
    public long peopleSeen() {
        return tracker.confirmedCount();
    }

    public long framesProcessed() {
        return frames;
    }

    /** Frames the detector actually ran on; the rest were skipped by the motion gate. */
    public long framesDetected() {
        return detections;
    }
}
