package dev.threshold.domain.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HomographyTest {

    private static final double[][] UNIT = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};

    @Test
    void mapsAKnownSquareOntoItsScaledAndShiftedImage() {
        Homography h = Homography.fromFourPoints(UNIT, new double[][] {{10, 20}, {30, 20}, {30, 40}, {10, 40}});
        assertArrayEquals(new double[] {20, 30}, h.map(0.5, 0.5), 1e-9);
        assertArrayEquals(new double[] {10, 20}, h.map(0, 0), 1e-9);
        assertArrayEquals(new double[] {50, 60}, h.map(2, 2), 1e-9);
    }

    @Test
    void perspectiveFloorRoundTripsThroughItsInverse() {
        // A trapezoid as a camera sees a rectangular floor: the far edge is shorter.
        double[][] image = {{120, 100}, {280, 100}, {380, 290}, {20, 290}};
        Homography toFloor = Homography.fromFourPoints(image, new double[][] {{0, 0}, {4, 0}, {4, 6}, {0, 6}});
        for (double[] corner : image) {
            double[] floor = toFloor.map(corner[0], corner[1]);
            assertArrayEquals(corner, toFloor.inverse().map(floor[0], floor[1]), 1e-7);
        }
        assertArrayEquals(new double[] {4, 6}, toFloor.map(380, 290), 1e-9);
        double[] middle = toFloor.map(200, 180);
        assertArrayEquals(new double[] {200, 180}, toFloor.inverse().map(middle[0], middle[1]), 1e-7);
    }

    @Test
    void refusesThreeCollinearPoints() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Homography.fromFourPoints(new double[][] {{0, 0}, {1, 0}, {2, 0}, {0, 1}}, UNIT));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("degenerate"), e.getMessage());
    }
}
