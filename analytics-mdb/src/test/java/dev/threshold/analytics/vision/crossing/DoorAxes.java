package dev.threshold.analytics.vision.crossing;

import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import java.util.Random;

/**
 * The door's own axes on the floor, for tests that walk people through it: the middle of the door, the unit vector
 * along it and the unit normal into the inside.
 */
record DoorAxes(FloorPoint mid, double ux, double uy, double nx, double ny) {

    static DoorAxes of(FloorGeometry g) {
        DoorFrame door = new DoorFrame(g);
        FloorPoint a = g.doorStart(), b = g.doorEnd();
        double length = a.distanceTo(b);
        double ux = (b.x() - a.x()) / length, uy = (b.y() - a.y()) / length;
        FloorPoint mid = new FloorPoint((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        double sign = door.depth(new FloorPoint(mid.x() - uy, mid.y() + ux)) > 0 ? 1 : -1;
        return new DoorAxes(mid, ux, uy, -uy * sign, ux * sign);
    }

    /** The spot {@code depth} metres inside (negative: outside) and {@code offset} along the door, with 3 cm of noise. */
    FloorPoint at(double depth, double offset, Random noise) {
        return new FloorPoint(
                mid.x() + depth * nx + offset * ux + noise.nextGaussian() * 0.03,
                mid.y() + depth * ny + offset * uy + noise.nextGaussian() * 0.03);
    }
}
