package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class YoloxDecoderTest {

    private static final int SIZE = 416;
    private static final int ROWS = 52 * 52 + 26 * 26 + 13 * 13;
    private static final int WIDTH = 85;
    private final YoloxDecoder decoder = YoloxDecoder.standard(SIZE);

    private static void set(float[] out, int row, float tx, float ty, float tw, float th, float obj, float person) {
        int o = row * WIDTH;
        out[o] = tx;
        out[o + 1] = ty;
        out[o + 2] = tw;
        out[o + 3] = th;
        out[o + 4] = obj;
        out[o + 5] = person;
        out[o + 6] = 0.99f; // another class: must not make a person
    }

    @Test
    void decodesGridOffsetsStridesAndSizes() {
        float[] out = new float[ROWS * WIDTH];
        // stride 8, cell (gx 10, gy 20)
        set(out, 20 * 52 + 10, 0.5f, 0.5f, (float) Math.log(4), (float) Math.log(8), 0.9f, 0.8f);
        // stride 32, cell (gx 3, gy 5), after the 52² and 26² rows
        set(out, 52 * 52 + 26 * 26 + 5 * 13 + 3, 0.25f, 0.75f, 0f, (float) Math.log(2), 0.7f, 0.5f);
        // a confident non-person: obj high, person score low
        set(out, 100, 0, 0, 0, 0, 0.95f, 0.05f);

        List<PersonDetection> found = decoder.decode(out, new long[] {1, ROWS, WIDTH}, 0.25);

        assertEquals(2, found.size());
        PersonDetection small = found.get(0);
        assertEquals(0.72, small.score(), 1e-6);
        assertBox(84 - 16, 164 - 32, 84 + 16, 164 + 32, small.box());
        PersonDetection large = found.get(1);
        assertEquals(0.35, large.score(), 1e-6);
        assertBox(104 - 16, 184 - 32, 104 + 16, 184 + 32, large.box());
    }

    /** A fitted input (416 wide, 224 high): each stride's grid is 416/s columns by 224/s rows, row-major. */
    @Test
    void decodesTheGridsOfAnInputThatIsNotSquare() {
        YoloxDecoder wide = YoloxDecoder.standard(new InputShape(416, 224));
        int rows = 52 * 28 + 26 * 14 + 13 * 7;
        assertEquals(rows, wide.expectedRows());
        float[] out = new float[rows * WIDTH];
        // stride 16, cell (gx 25, gy 13): the bottom-right cell of its grid
        set(out, 52 * 28 + 13 * 26 + 25, 0.5f, 0.5f, 0f, 0f, 0.9f, 0.9f);

        List<PersonDetection> found = wide.decode(out, new long[] {1, rows, WIDTH}, 0.25);

        assertEquals(1, found.size());
        assertBox(
                25.5 * 16 - 8,
                13.5 * 16 - 8,
                25.5 * 16 + 8,
                13.5 * 16 + 8,
                found.get(0).box());
    }

    /** The canvas is as wide and high as asked, the region keeping the scale its longer side gives. */
    @Test
    void letterboxFillsACanvasThatIsNotSquare() {
        byte[] bgr = new byte[4 * 2 * 3];
        java.util.Arrays.fill(bgr, (byte) 50);
        VideoFrame frame = new VideoFrame(4, 2, bgr, java.time.Instant.EPOCH);
        Letterbox l = Letterbox.of(frame, CropRegion.whole(4, 2), new InputShape(8, 6), ContrastStretch.none(), null);
        assertEquals(2.0, l.ratio());
        assertEquals(3 * 8 * 6, l.tensor().length);
        assertEquals(50f, l.tensor()[3 * 8 + 7], 1e-4); // last filled row, last column
        assertEquals(114f, l.tensor()[4 * 8], 1e-4); // first grey row
        assertEquals(114f, l.tensor()[48 - 1], 1e-4); // last pixel of the B plane
    }

    @Test
    void refusesAnOutputOfAnotherLayout() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> decoder.decode(new float[8400 * 85], new long[] {1, 8400, 85}, 0.3));
        assertEquals(true, e.getMessage().contains("3549"), e.getMessage());
    }

    @Test
    void nmsKeepsTheBestOfOverlappingBoxesAndSeparatePeople() {
        PersonDetection a = new PersonDetection(new BoundingBox(10, 10, 50, 110), 0.6);
        PersonDetection aShifted = new PersonDetection(new BoundingBox(14, 12, 54, 112), 0.9);
        PersonDetection b = new PersonDetection(new BoundingBox(60, 10, 100, 110), 0.4);
        List<PersonDetection> kept = NonMaxSuppression.apply(List.of(a, b, aShifted), 0.45);
        assertEquals(List.of(aShifted, b), kept);
    }

    @Test
    void letterboxScalesIntoTheTopLeftCornerAndPadsWithGrey() {
        byte[] bgr = new byte[4 * 2 * 3];
        for (int i = 0; i < bgr.length; i += 3) {
            bgr[i] = 10;
            bgr[i + 1] = 20;
            bgr[i + 2] = (byte) 200;
        }
        VideoFrame frame = new VideoFrame(4, 2, bgr, java.time.Instant.EPOCH);
        Letterbox l = Letterbox.of(frame, CropRegion.whole(4, 2), 8);
        assertEquals(2.0, l.ratio());
        float[] t = l.tensor();
        assertEquals(10f, t[0], 1e-4); // B plane, top-left
        assertEquals(20f, t[64 + 3 * 8 + 7], 1e-4); // G plane, last filled row, last column
        assertEquals(200f, t[128 + 8 + 5], 1e-4); // R plane
        assertEquals(114f, t[4 * 8], 1e-4); // first padded row
        assertEquals(114f, t[128 + 7 * 8 + 7], 1e-4);
    }

    @Test
    void doorRegionCoversTheFloorAndHeadroomAndSplitsIntoSquares() {
        var scene = dev.threshold.domain.scene.SceneJson.parse(dev.threshold.analytics.vision.TestScenes.CAVIAR);
        CropRegion door = CropRegion.aroundDoor(scene, 0.05, 0.25);
        assertEquals(0, door.x());
        assertEquals(384, door.width());
        assertEquals(true, door.y() < 120 - 60, "room above the inside point for whole bodies: " + door);
        assertEquals(true, door.y() + door.height() >= 200);
        List<CropRegion> tiles = door.tiles(3, 0.3);
        assertEquals(2, tiles.size());
        assertEquals(0, tiles.get(0).x());
        assertEquals(384, tiles.get(1).x() + tiles.get(1).width());
        assertEquals(true, tiles.get(1).x() < tiles.get(0).width(), "tiles overlap");
    }

    private static void assertBox(double x1, double y1, double x2, double y2, BoundingBox b) {
        assertEquals(x1, b.x1(), 1e-3);
        assertEquals(y1, b.y1(), 1e-3);
        assertEquals(x2, b.x2(), 1e-3);
        assertEquals(y2, b.y2(), 1e-3);
    }
}
