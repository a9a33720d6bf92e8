package dev.threshold.domain.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.Tile;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TileOccupancyTest {

    private static final UUID CAMERA = UUID.randomUUID();

    @Test
    void occupiedTilesComeBackAsStored() {
        TileOccupancy o = new TileOccupancy(CAMERA, Instant.EPOCH, new TreeSet<>(List.of(14, 3, 27)));
        assertEquals(new TreeSet<>(List.of(3, 14, 27)), o.tiles());
        assertEquals(List.of(new Tile(3, 0), new Tile(2, 1), new Tile(3, 2)), o.tilesOfGrid(12));
    }

    @Test
    void anEmptyFloorIsAnOccupancyToo() {
        assertTrue(new TileOccupancy(CAMERA, Instant.EPOCH, new TreeSet<>())
                .tiles()
                .isEmpty());
    }

    @Test
    void negativeTilesAreRefused() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new TileOccupancy(CAMERA, Instant.EPOCH, new TreeSet<>(List.of(-1, 2))));
        assertTrue(e.getMessage().contains("0 or more"), e.getMessage());
    }
}
