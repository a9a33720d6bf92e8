package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.tracking.Appearance;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.FloorTracker;
import dev.threshold.analytics.vision.tracking.TrackerSettings;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * People given as foot points in the image, frame by frame, counted by the real tracker and zone of a scene: the way
 * the pipeline sees them, so that a scene and its footage can be transformed together (mirrored, the door line
 * reversed) and the counts compared.
 */
final class ImageWalks {

    private ImageWalks() {}

    /** A crossing reduced to what must not change under a transformation: when and which way. */
    record Seen(long millis, Direction direction) {}

    /**
     * @param frames per frame, each person's foot point in the image
     * @param image  applied to every foot point before it is counted (the identity, or a mirror)
     */
    static List<Seen> count(Scene scene, double fps, List<List<ImagePoint>> frames, UnaryOperator<ImagePoint> image) {
        return countDressed(
                scene,
                fps,
                frames.stream()
                        .map(f -> f.stream().map(p -> new Figure(p, null)).toList())
                        .toList(),
                image);
    }

    /** A person's foot point in the image and what they look like (null: unknown). */
    record Figure(ImagePoint foot, Appearance look) {}

    /** As {@link #count}, each box carrying its person's appearance, as the pipeline's boxes do. */
    static List<Seen> countDressed(
            Scene scene, double fps, List<List<Figure>> frames, UnaryOperator<ImagePoint> image) {
        FloorGeometry g = scene.geometry();
        FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());
        DoorLineZone zone = new DoorLineZone(g, ZoneSettings.forFrameRate(fps));
        List<Seen> seen = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            List<FloorObservation> obs = new ArrayList<>();
            for (Figure figure : frames.get(f)) {
                ImagePoint p = image.apply(figure.foot());
                obs.add(new FloorObservation(
                        g.toFloor(p), new BoundingBox(p.x() - 12, p.y() - 70, p.x() + 12, p.y()), 0.8, figure.look()));
            }
            double t = f / fps;
            Instant at = Instant.EPOCH.plus(Duration.ofNanos(Math.round(t * 1e9)));
            zone.update(tracker.update(obs, t), at)
                    .forEach(c -> seen.add(new Seen(c.at().toEpochMilli(), c.direction())));
        }
        return seen;
    }

    /** The scene mirrored left-right as ../shared/eval/variants.sh mirrors it: x becomes width - 1 - x. */
    static Scene mirrored(Scene s) {
        UnaryOperator<ImagePoint> m = mirror(s.width());
        List<ImagePoint> q = s.floorQuad();
        return new Scene(
                s.cameraName(),
                s.width(),
                s.height(),
                List.of(m.apply(q.get(1)), m.apply(q.get(0)), m.apply(q.get(3)), m.apply(q.get(2))),
                s.widthMeters(),
                s.depthMeters(),
                s.tileCols(),
                s.tileRows(),
                List.of(m.apply(s.doorLine().get(1)), m.apply(s.doorLine().get(0))),
                m.apply(s.inside()));
    }

    /** The same scene with the door line's ends given the other way round. */
    static Scene lineReversed(Scene s) {
        return withDoor(s, List.of(s.doorLine().get(1), s.doorLine().get(0)), s.inside());
    }

    /** The same scene with another door line or inside point. */
    static Scene withDoor(Scene s, List<ImagePoint> line, ImagePoint inside) {
        return new Scene(
                s.cameraName(),
                s.width(),
                s.height(),
                s.floorQuad(),
                s.widthMeters(),
                s.depthMeters(),
                s.tileCols(),
                s.tileRows(),
                line,
                inside);
    }

    static UnaryOperator<ImagePoint> mirror(int width) {
        return p -> new ImagePoint(width - 1 - p.x(), p.y());
    }
}
