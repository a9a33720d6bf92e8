package dev.threshold.domain.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import dev.threshold.domain.scene.Tile;
import dev.threshold.testing.SceneFixtures;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The red tiles of the viewer: a tailgater walking up to the door (row 0 of a 10 × 8 grid of half-metre tiles) while
 * the badge holder waits at the side. Only the tailgater's tiles turn red, from two seconds before crossing until they
 * are through.
 */
class TailgaterTilesTest {

    /** The demo camera's floor: 5 m × 4 m, 10 × 8 tiles, the door line along the far edge (row 0). */
    static final Scene SCENE = SceneJson.parse(SceneFixtures.DEMO_FLOOR);

    private static final UUID CAMERA = UUID.randomUUID();
    private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");
    private static final int WAITING = tile(0, 3);

    @Test
    void theTailgatersTilesAreRedUpToTheDoorAndTheBadgeHoldersAreNot() {
        List<TileOccupancy> rows = List.of(
                row(8_500, tile(5, 3), WAITING),
                row(9_200, tile(5, 2), WAITING),
                row(9_600, tile(5, 1), WAITING),
                row(10_000, tile(5, 0), WAITING),
                row(11_000, WAITING),
                row(13_000, tile(6, 0), WAITING)); // someone else, long after

        List<SortedSet<Integer>> red = TailgaterTiles.of(SCENE, rows, List.of(at(10_100)));

        assertEquals(
                List.of(
                        Set.of(tile(5, 3)),
                        Set.of(tile(5, 2)),
                        Set.of(tile(5, 1)),
                        Set.of(tile(5, 0)),
                        Set.of(),
                        Set.of()),
                red);
    }

    @Test
    void withoutATailgaterNothingIsRed() {
        List<TileOccupancy> rows = List.of(row(9_000, tile(5, 1)), row(10_000, tile(5, 0)));
        assertTrue(TailgaterTiles.of(SCENE, rows, List.of()).stream().allMatch(Set::isEmpty));
        assertTrue(
                TailgaterTiles.of(SCENE, rows, List.of(at(8_000))).stream().allMatch(Set::isEmpty),
                "a crossing before anyone stood on the floor");
    }

    @Test
    void aPersonIsNotFollowedBeyondTwoSecondsNorAcrossAGap() {
        List<TileOccupancy> rows = List.of(
                row(5_000, tile(5, 4)), // 5 s before: too early
                row(9_000, tile(5, 1)),
                row(9_500, tile(5, 0)),
                row(10_500, tile(9, 7))); // far from where they were: someone else
        List<SortedSet<Integer>> red = TailgaterTiles.of(SCENE, rows, List.of(at(9_600)));
        assertEquals(List.of(Set.of(), Set.of(tile(5, 1)), Set.of(tile(5, 0)), Set.of()), red);
    }

    @Test
    void atTheDoorAreTheTilesNextToTheLineElseAllOccupied() {
        assertEquals(
                Set.of(new Tile(5, 0), new Tile(4, 1)),
                TailgaterTiles.atTheDoor(SCENE, List.of(new Tile(5, 0), new Tile(4, 1), new Tile(0, 5))));
        assertEquals(Set.of(new Tile(0, 5)), TailgaterTiles.atTheDoor(SCENE, List.of(new Tile(0, 5))));
    }

    private static int tile(int col, int row) {
        return new Tile(col, row).index(SCENE.tileCols());
    }

    private static Instant at(long millis) {
        return T.plusMillis(millis);
    }

    private static TileOccupancy row(long millis, Integer... tiles) {
        return new TileOccupancy(CAMERA, at(millis), new TreeSet<>(Arrays.asList(tiles)));
    }
}
