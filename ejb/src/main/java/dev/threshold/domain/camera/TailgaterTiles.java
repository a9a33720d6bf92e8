package dev.threshold.domain.camera;

import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.Tile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which occupied floor tiles belong to a tailgater. Occupancy is stored per tile, not per person, so the person is
 * found the way a reviewer would: at the moment they crossed the door line they stand on the occupied tiles next to
 * it; before and after, on the occupied tiles that touch the ones they stood on a moment earlier (or later). Two
 * people walking shoulder to shoulder — the tailgating case — may so both turn red; the stored data cannot tell them
 * apart.
 */
public final class TailgaterTiles {

    /** Tiles whose centre is this close to the door line are the ones of the person crossing it at that moment. */
    public static final double AT_THE_DOOR_METRES = 1.0;

    /** How long before and after crossing the person is followed across the floor. */
    public static final Duration FOLLOWED = Duration.ofSeconds(2);

    private TailgaterTiles() {}

    /**
     * The tiles of the person crossing the door line: the occupied tiles next to the line, or all occupied tiles when
     * none is.
     */
    public static Set<Tile> atTheDoor(Scene scene, Collection<Tile> occupied) {
        FloorGeometry floor = scene.geometry();
        double w = scene.widthMeters() / scene.tileCols();
        double d = scene.depthMeters() / scene.tileRows();
        Set<Tile> atTheDoor = new LinkedHashSet<>();
        for (Tile tile : occupied) {
            FloorPoint centre = new FloorPoint((tile.col() + 0.5) * w, (tile.row() + 0.5) * d);
            if (Math.abs(floor.signedDoorDistance(centre)) <= Math.max(AT_THE_DOOR_METRES, Math.max(w, d))) {
                atTheDoor.add(tile);
            }
        }
        return atTheDoor.isEmpty() ? new LinkedHashSet<>(occupied) : atTheDoor;
    }

    /**
     * @param occupancy   a camera's occupancy rows in time order (each in force until the next)
     * @param crossings   when tailgaters crossed the door line on that camera
     * @return for each row, in the same order, the tile indices of tailgaters (empty when none stood there)
     */
    public static List<SortedSet<Integer>> of(
            Scene scene, List<TileOccupancy> occupancy, Collection<Instant> crossings) {
        List<SortedSet<Integer>> red = new ArrayList<>();
        occupancy.forEach(o -> red.add(new TreeSet<>()));
        int cols = scene.tileCols();
        for (Instant crossed : crossings) {
            int at = inForceAt(occupancy, crossed);
            if (at < 0) {
                continue;
            }
            Set<Tile> seed = atTheDoor(scene, occupancy.get(at).tilesOfGrid(cols));
            add(red.get(at), seed, cols);
            Set<Tile> person = seed;
            for (int i = at + 1;
                    i < occupancy.size()
                            && !occupancy.get(i).since().isAfter(crossed.plus(FOLLOWED))
                            && !person.isEmpty();
                    i++) {
                person = touching(occupancy.get(i).tilesOfGrid(cols), person);
                add(red.get(i), person, cols);
            }
            person = seed;
            // Row i is in force until row i + 1 begins: follow back while that end is within the span.
            for (int i = at - 1;
                    i >= 0 && occupancy.get(i + 1).since().isAfter(crossed.minus(FOLLOWED)) && !person.isEmpty();
                    i--) {
                person = touching(occupancy.get(i).tilesOfGrid(cols), person);
                add(red.get(i), person, cols);
            }
        }
        return red;
    }

    /** The index of the row in force at {@code t}: the last that began at or before it; -1 when none did. */
    static int inForceAt(List<TileOccupancy> occupancy, Instant t) {
        int found = -1;
        for (int i = 0; i < occupancy.size() && !occupancy.get(i).since().isAfter(t); i++) {
            found = i;
        }
        return found;
    }

    /** The occupied tiles that are, or are next to (diagonals included), one of the person's tiles. */
    private static Set<Tile> touching(List<Tile> occupied, Set<Tile> person) {
        Set<Tile> next = new LinkedHashSet<>();
        for (Tile tile : occupied) {
            if (person.stream()
                    .anyMatch(p -> Math.abs(p.col() - tile.col()) <= 1 && Math.abs(p.row() - tile.row()) <= 1)) {
                next.add(tile);
            }
        }
        return next;
    }

    private static void add(SortedSet<Integer> red, Set<Tile> tiles, int cols) {
        tiles.forEach(t -> red.add(t.index(cols)));
    }
}
