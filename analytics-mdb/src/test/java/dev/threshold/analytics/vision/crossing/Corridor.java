package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.FloorTracker;
import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.analytics.vision.tracking.TrackerSettings;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A 10 m × 10 m floor seen straight from above (1 px = 10 cm) with a door from x 2 m to 8 m at y 5 m; inside is
 * y < 5. People are fed to the real tracker and zone as floor positions, 25 frames a second unless told otherwise.
 */
final class Corridor {

    static final Scene SCENE = SceneJson.parse("""
            {"format": "threshold-scene/1", "camera": {"name": "corridor", "width": 100, "height": 100},
             "floor": {"image": [[0,0],[100,0],[100,100],[0,100]], "widthMeters": 10, "depthMeters": 10,
                       "tiles": {"cols": 10, "rows": 10}},
             "door": {"line": [[20,50],[80,50]], "inside": [50,20]}}""");
    static final double FPS = 25;

    final double fps;
    final FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());
    final DoorLineZone zone;
    final List<LineCrossing> crossings = new ArrayList<>();
    final Set<Long> confirmedIds = new HashSet<>();
    private int frame;

    Corridor() {
        this(FPS);
    }

    Corridor(double fps) {
        this.fps = fps;
        this.zone = new DoorLineZone(SCENE.geometry(), ZoneSettings.forFrameRate(fps));
    }

    /** One frame with people standing at the given floor points. */
    void frame(FloorPoint... people) {
        List<FloorObservation> obs = new ArrayList<>();
        for (FloorPoint p : people) {
            obs.add(new FloorObservation(
                    p, new BoundingBox(p.x() * 10 - 3, p.y() * 10 - 15, p.x() * 10 + 3, p.y() * 10), 0.8));
        }
        double t = frame++ / fps;
        List<Track> tracks = tracker.update(obs, t);
        tracks.stream().filter(Track::confirmed).forEach(tr -> confirmedIds.add(tr.id()));
        crossings.addAll(zone.update(tracks, Instant.EPOCH.plus(Duration.ofNanos((long) (t * 1e9)))));
    }

    /** Walks one person in a straight line at 1.2 m/s. */
    void walk(FloorPoint from, FloorPoint to) {
        int frames = (int) Math.ceil(from.distanceTo(to) / 1.2 * fps);
        for (int i = 0; i <= frames; i++) {
            double f = (double) i / frames;
            frame(new FloorPoint(from.x() + f * (to.x() - from.x()), from.y() + f * (to.y() - from.y())));
        }
    }

    long count(Direction d) {
        return crossings.stream().filter(c -> c.direction() == d).count();
    }
}
