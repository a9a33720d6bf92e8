package dev.threshold.domain.scene;

import java.util.List;

/** Small conversions shared by the scene classes. */
final class Scenes {

    private Scenes() {}

    static double[][] corners(List<ImagePoint> quad) {
        double[][] c = new double[4][];
        for (int i = 0; i < 4; i++) {
            c[i] = new double[] {quad.get(i).x(), quad.get(i).y()};
        }
        return c;
    }

    /** The floor rectangle in metres, in the quadrilateral's corner order. */
    static double[][] floorCorners(double widthMeters, double depthMeters) {
        return new double[][] {{0, 0}, {widthMeters, 0}, {widthMeters, depthMeters}, {0, depthMeters}};
    }

    /** Whole numbers without a trailing ".0", so exported scenes read like the ones users write. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
