package dev.threshold.domain.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.SceneFixtures;
import org.junit.jupiter.api.Test;

class SceneJsonTest {

    /** The example of ../shared/eval/README.md: the CAVIAR shop front, the shop (inside) beyond the floor. */
    static final String CAVIAR = SceneFixtures.CAVIAR;

    @Test
    void parsesEveryFieldOfTheFormat() {
        Scene s = SceneJson.parse(CAVIAR);
        assertEquals("CAVIAR shop front", s.cameraName());
        assertEquals(384, s.width());
        assertEquals(288, s.height());
        assertEquals(new ImagePoint(380, 200), s.floorQuad().get(2));
        assertEquals(12.0, s.widthMeters());
        assertEquals(3.0, s.depthMeters());
        assertEquals(12, s.tileCols());
        assertEquals(3, s.tileRows());
        assertEquals(new ImagePoint(362, 149), s.doorLine().get(1));
        assertEquals(new ImagePoint(210, 120), s.inside());
    }

    @Test
    void exportedSceneReadsBackEqual() {
        Scene s = SceneJson.parse(CAVIAR);
        String exported = SceneJson.toJson(s);
        assertTrue(exported.contains("\"threshold-scene/1\""), exported);
        assertEquals(s, SceneJson.parse(exported));
        Scene scaled = s.scaledTo(768, 576);
        assertEquals(scaled, SceneJson.parse(SceneJson.toJson(scaled)));
    }

    @Test
    void missingFieldIsNamed() {
        InvalidSceneException e = assertThrows(
                InvalidSceneException.class, () -> SceneJson.parse(CAVIAR.replace("\"depthMeters\": 3.0,", "")));
        assertEquals("floor.depthMeters", e.field());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    /** An imported file nested past the JSON parser's depth is refused like any file that is no scene. */
    @Test
    void aDocumentNestedTooDeeplyIsRefusedAsNoScene() {
        String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        InvalidSceneException e = assertThrows(InvalidSceneException.class, () -> SceneJson.parse(deep));
        assertEquals("(document)", e.field());
    }

    @Test
    void aNumberLongerThanTheParserReadsIsRefusedAsNoScene() {
        String longNumber = CAVIAR.replace("\"depthMeters\": 3.0", "\"depthMeters\": " + "3".repeat(1_200));
        InvalidSceneException e = assertThrows(InvalidSceneException.class, () -> SceneJson.parse(longNumber));
        assertEquals("(document)", e.field());
    }

    @Test
    void aDocumentThatIsNoJsonObjectIsNoScene() {
        for (String document : new String[] {"", "{", "[1, 2]", "42", "null"}) {
            InvalidSceneException e =
                    assertThrows(InvalidSceneException.class, () -> SceneJson.parse(document), document);
            assertEquals("(document)", e.field(), document);
        }
    }

    @Test
    void wrongFormatIsRefused() {
        InvalidSceneException e = assertThrows(
                InvalidSceneException.class,
                () -> SceneJson.parse(CAVIAR.replace("threshold-scene/1", "threshold-scene/9")));
        assertEquals("format", e.field());
    }

    @Test
    void selfIntersectingQuadIsRefusedInWords() {
        // near-right and near-left swapped: a bow tie
        InvalidSceneException e = assertThrows(
                InvalidSceneException.class,
                () -> SceneJson.parse(CAVIAR.replace(
                        "[[20,149],[375,149],[380,200],[10,200]]", "[[20,149],[375,149],[10,200],[380,200]]")));
        assertEquals("floor.image", e.field());
        assertTrue(e.getMessage().contains("self-intersecting"), e.getMessage());
    }

    @Test
    void degenerateQuadIsRefused() {
        InvalidSceneException e = assertThrows(
                InvalidSceneException.class,
                () -> SceneJson.parse(CAVIAR.replace(
                        "[[20,149],[375,149],[380,200],[10,200]]", "[[20,149],[200,149],[375,149],[10,200]]")));
        assertEquals("floor.image", e.field());
        assertTrue(e.getMessage().contains("degenerate"), e.getMessage());
    }

    @Test
    void doorLineOffTheFloorIsRefused() {
        InvalidSceneException e = assertThrows(
                InvalidSceneException.class,
                () -> SceneJson.parse(CAVIAR.replace("[[60,149],[362,149]]", "[[60,149],[362,40]]")));
        assertEquals("door.line", e.field());
        assertTrue(e.getMessage().contains("off the floor"), e.getMessage());
    }

    @Test
    void insidePointOnTheLineIsRefused() {
        InvalidSceneException e = assertThrows(
                InvalidSceneException.class, () -> SceneJson.parse(CAVIAR.replace("[210,120]", "[210,149]")));
        assertEquals("door.inside", e.field());
        assertTrue(e.getMessage().contains("on the door line"), e.getMessage());
    }

    @Test
    void tilesBelowOneAreRefused() {
        InvalidSceneException e = assertThrows(
                InvalidSceneException.class, () -> SceneJson.parse(CAVIAR.replace("\"cols\": 12", "\"cols\": 0")));
        assertEquals("floor.tiles.cols", e.field());
    }

    @Test
    void pointThatIsNotAPairIsNamedWithItsIndex() {
        InvalidSceneException e =
                assertThrows(InvalidSceneException.class, () -> SceneJson.parse(CAVIAR.replace("[380,200]", "[380]")));
        assertEquals("floor.image[2]", e.field());
    }
}
