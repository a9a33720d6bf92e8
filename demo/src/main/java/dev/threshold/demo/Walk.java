package dev.threshold.demo;

import dev.threshold.domain.scene.FloorPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person's way across the demo scene: floor points (scene metres) and the loop time each is reached, in straight
 * lines between them at walking speed. Before its first point and after its last the person is not in the scene.
 */
final class Walk {

    /** The door line is y = 0 between the door's jambs; the lobby (inside) is y > 0. */
    private static final double STRIDE_METERS = 1.4;

    private final Appearance look;
    private final double[] times;
    private final FloorPoint[] points;

    private Walk(Appearance look, double[] times, FloorPoint[] points) {
        this.look = look;
        this.times = times;
        this.points = points;
    }

    static Builder from(double x, double y, double speedMetersPerSecond) {
        return new Builder(new FloorPoint(x, y), speedMetersPerSecond);
    }

    Appearance look() {
        return look;
    }

    double startsAt() {
        return times[0];
    }

    double endsAt() {
        return times[times.length - 1];
    }

    Optional<FloorPoint> positionAt(double t) {
        if (t < startsAt() || t > endsAt()) {
            return Optional.empty();
        }
        int i = segmentAt(t);
        double span = times[i + 1] - times[i];
        double f = span <= 0 ? 0 : (t - times[i]) / span;
        FloorPoint a = points[i], b = points[i + 1];
        return Optional.of(new FloorPoint(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y())));
    }

    /** The walking direction at {@code t} as a unit vector; standing still keeps the last direction walked. */
    FloorPoint headingAt(double t) {
        for (int i = Math.max(0, segmentAt(t)); i >= 0; i--) {
            FloorPoint a = points[i], b = points[i + 1];
            double length = a.distanceTo(b);
            if (length > 1e-9) {
                return new FloorPoint((b.x() - a.x()) / length, (b.y() - a.y()) / length);
            }
        }
        return new FloorPoint(0, 1);
    }

    /** Whether the person is walking (legs and arms swing) rather than standing, e.g. at the badge reader. */
    boolean movingAt(double t) {
        int i = segmentAt(t);
        return points[i].distanceTo(points[i + 1]) > 1e-9;
    }

    /** Where in the stride the legs are: 0 to 2π over {@link #STRIDE_METERS} walked. */
    double stridePhaseAt(double t) {
        double walked = 0;
        for (int i = 0; i < times.length - 1 && times[i] < t; i++) {
            double f = Math.min(1, (t - times[i]) / Math.max(1e-9, times[i + 1] - times[i]));
            walked += f * points[i].distanceTo(points[i + 1]);
        }
        return walked / STRIDE_METERS * 2 * Math.PI;
    }

    /** Every time this walk's feet cross the door line between the jambs. */
    List<ScriptedCrossing> doorCrossings() {
        List<ScriptedCrossing> crossings = new ArrayList<>();
        for (int i = 0; i < points.length - 1; i++) {
            FloorPoint a = points[i], b = points[i + 1];
            boolean in = a.y() <= 0 && b.y() > 0, out = a.y() > 0 && b.y() <= 0;
            if (in || out) {
                double f = a.y() / (a.y() - b.y());
                double x = a.x() + f * (b.x() - a.x());
                if (x >= DemoOptics.DOOR_LEFT && x <= DemoOptics.DOOR_RIGHT) {
                    crossings.add(new ScriptedCrossing(times[i] + f * (times[i + 1] - times[i]), in));
                }
            }
        }
        return crossings;
    }

    /** The same walk moved in time so that its first door crossing happens at {@code atSeconds}. */
    Walk crossingAt(double atSeconds) {
        List<ScriptedCrossing> crossings = doorCrossings();
        if (crossings.isEmpty()) {
            throw new IllegalStateException("this walk never goes through the door");
        }
        return shiftedBy(atSeconds - crossings.get(0).atSeconds());
    }

    /** The same walk moved in time so that it reaches its point nearest to the door's middle at {@code atSeconds}. */
    Walk passingDoorAt(double atSeconds) {
        FloorPoint middle = new FloorPoint((DemoOptics.DOOR_LEFT + DemoOptics.DOOR_RIGHT) / 2, 0);
        double best = Double.MAX_VALUE, bestTime = times[0];
        for (double t = startsAt(); t <= endsAt(); t += 0.02) {
            double d = positionAt(t).orElseThrow().distanceTo(middle);
            if (d < best) {
                best = d;
                bestTime = t;
            }
        }
        return shiftedBy(atSeconds - bestTime);
    }

    private Walk shiftedBy(double seconds) {
        double[] shifted = times.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += seconds;
        }
        return new Walk(look, shifted, points);
    }

    private int segmentAt(double t) {
        for (int i = 0; i < times.length - 2; i++) {
            if (t < times[i + 1]) {
                return i;
            }
        }
        return times.length - 2;
    }

    /** Lays a walk out point by point at one walking speed, starting at loop time 0. */
    static final class Builder {
        private final double speed;
        private final List<Double> times = new ArrayList<>();
        private final List<FloorPoint> points = new ArrayList<>();

        private Builder(FloorPoint start, double speed) {
            this.speed = speed;
            times.add(0.0);
            points.add(start);
        }

        Builder to(double x, double y) {
            FloorPoint last = points.get(points.size() - 1), next = new FloorPoint(x, y);
            times.add(times.get(times.size() - 1) + last.distanceTo(next) / speed);
            points.add(next);
            return this;
        }

        Builder pause(double seconds) {
            times.add(times.get(times.size() - 1) + seconds);
            points.add(points.get(points.size() - 1));
            return this;
        }

        Walk by(Appearance look) {
            return new Walk(
                    look, times.stream().mapToDouble(Double::doubleValue).toArray(), points.toArray(FloorPoint[]::new));
        }
    }
}
