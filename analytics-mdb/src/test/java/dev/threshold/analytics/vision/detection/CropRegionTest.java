package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CropRegionTest {

    @Test
    void aSquareAroundABoxIsCentredOnIt() {
        CropRegion r = CropRegion.around(new BoundingBox(100, 80, 120, 130), 2.5, 384, 288);

        assertEquals(new CropRegion(48, 43, 125, 125), r);
    }

    @Test
    void aSquareAtTheFramesEdgeIsMovedInsideNotCut() {
        CropRegion r = CropRegion.around(new BoundingBox(370, 250, 384, 288), 2.5, 384, 288);

        assertEquals(new CropRegion(289, 193, 95, 95), r);
    }

    @Test
    void aSquareLargerThanTheFrameIsCutToIt() {
        CropRegion r = CropRegion.around(new BoundingBox(10, 0, 60, 200), 2.5, 384, 288);

        assertEquals(new CropRegion(0, 0, 384, 288), r);
    }
}
