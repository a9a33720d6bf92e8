package dev.threshold.analytics.vision.foreground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.SceneJson;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People per blob from its floor area, on a floor seen from straight above (1 px = 10 cm) and on the CAVIAR one. */
class BlobFootprintTest {

    private static final FloorGeometry ABOVE = SceneJson.parse("""
            {"format": "threshold-scene/1", "camera": {"name": "above", "width": 100, "height": 100},
             "floor": {"image": [[0,0],[100,0],[100,100],[0,100]], "widthMeters": 10, "depthMeters": 10,
                       "tiles": {"cols": 10, "rows": 10}},
             "door": {"line": [[20,50],[80,50]], "inside": [50,20]}}""").geometry();
    private static final FloorGeometry CAVIAR =
            SceneJson.parse(TestScenes.CAVIAR).geometry();
    private final ForegroundSettings settings = ForegroundSettings.defaults(); // 0.6 m × 0.5 m a person

    /** A blob whose every column ends on the same row. */
    private static BlobFootprint flat(FloorGeometry floor, double left, int columns, double bottom, double top) {
        double[] lowest = new double[columns];
        Arrays.fill(lowest, bottom);
        return BlobFootprint.of(left, 1, lowest, top, floor, ForegroundSettings.defaults());
    }

    @Test
    void oneShoulderWidthIsOnePerson() {
        BlobFootprint one = flat(ABOVE, 40, 6, 60, 40);
        assertEquals(0.30, one.areaSquareMeters(), 0.01);
        assertEquals(1, one.people());
    }

    @Test
    void twoPeopleWalkingCloseTogetherMakeOneBlobOfTwo() {
        assertEquals(2, flat(ABOVE, 40, 12, 60, 40).people());
        assertEquals(2, flat(ABOVE, 40, 11, 60, 40).people(), "shoulders a little inside each other");
        assertEquals(3, flat(ABOVE, 40, 18, 60, 40).people());
    }

    @Test
    void aSpeckNarrowerThanABodyIsNobody() {
        assertEquals(0, flat(ABOVE, 40, 2, 60, 55).people());
        assertTrue(flat(ABOVE, 40, 2, 60, 55).detections(0.8).isEmpty());
    }

    @Test
    void armsAndBagsHangingBelowTheBodyAreNotFeet() {
        // 6 columns of feet at row 60, and an arm on each side ending at row 50: the arms would project a metre away
        double[] lowest = {50, 50, 60, 60, 60, 60, 60, 60, 50, 50};
        BlobFootprint person = BlobFootprint.of(38, 1, lowest, 0, ABOVE, settings);
        assertEquals(1, person.people());
        assertEquals(0.30, person.areaSquareMeters(), 0.01);
    }

    @Test
    void theSameWidthInMetresCountsTheSameNearAndFarFromTheCamera() {
        // CAVIAR: the floor's far edge (y 149) is 355 px for 12 m, its near edge (y 200) 370 px; 1.2 m is ~36 px
        for (double row : new double[] {152, 175, 198}) {
            double pxPerMeter = pixelsPerMeterAt(row);
            BlobFootprint pair = flat(CAVIAR, 150, (int) Math.round(1.2 * pxPerMeter), row, row - 60);
            BlobFootprint single = flat(CAVIAR, 150, (int) Math.round(0.55 * pxPerMeter), row, row - 60);
            assertEquals(2, pair.people(), "two at row " + row + ": " + pair.areaSquareMeters() + " m²");
            assertEquals(1, single.people(), "one at row " + row + ": " + single.areaSquareMeters() + " m²");
        }
    }

    @Test
    void eachPersonOfABlobGetsABoxStandingWhereTheyWalk() {
        List<PersonDetection> two = flat(ABOVE, 40, 12, 60, 40).detections(0.7);
        assertEquals(2, two.size());
        FloorPoint left = ABOVE.toFloor(two.get(0).box().bottomCentre());
        FloorPoint right = ABOVE.toFloor(two.get(1).box().bottomCentre());
        assertEquals(4.3, left.x(), 0.01);
        assertEquals(4.9, right.x(), 0.01);
        assertEquals(6.0, left.y(), 0.01);
        assertEquals(0.7, two.get(0).score());
    }

    private static double pixelsPerMeterAt(double row) {
        FloorPoint a = CAVIAR.toFloor(new dev.threshold.domain.scene.ImagePoint(150, row));
        FloorPoint b = CAVIAR.toFloor(new dev.threshold.domain.scene.ImagePoint(250, row));
        return 100 / a.distanceTo(b);
    }
}
