package dev.threshold.domain.camera;

import dev.threshold.domain.scene.Tile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The floor tiles of a camera's scene that tracked people stood on from {@code since} until the camera's next
 * occupancy (the red tiles of the overlay). A new one is stored only when the set changes, so a quiet door costs
 * nothing. Tiles are indices into the scene's grid, row by row from the far-left corner: {@code row × cols + col}.
 */
@Entity
@Table(name = "tile_occupancy")
public class TileOccupancy {

    /** More tile indices than this would not fit the column; no scene has that many tiles occupied at once. */
    static final int MAX_TEXT = 4000;

    @Id
    private UUID id;

    @Column(name = "camera_id", nullable = false, updatable = false)
    private UUID cameraId;

    @Column(name = "since", nullable = false, updatable = false)
    private Instant since;

    @Column(name = "tiles", nullable = false, updatable = false, length = MAX_TEXT)
    private String tiles;

    protected TileOccupancy() {
        // for JPA
    }

    /** @param tiles occupied tile indices, each at least 0; empty when nobody is on the floor */
    public TileOccupancy(UUID cameraId, Instant since, SortedSet<Integer> tiles) {
        this.id = UUID.randomUUID();
        this.cameraId = Objects.requireNonNull(cameraId, "cameraId");
        this.since = Objects.requireNonNull(since, "since");
        if (tiles.stream().anyMatch(t -> t == null || t < 0)) {
            throw new IllegalArgumentException("tile indices are 0 or more: " + tiles);
        }
        this.tiles = tiles.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (this.tiles.length() > MAX_TEXT) {
            throw new IllegalArgumentException(tiles.size() + " occupied tiles do not fit one occupancy row");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID cameraId() {
        return cameraId;
    }

    public Instant since() {
        return since;
    }

    /** Occupied tile indices, ascending; empty when nobody stood on the floor. */
    public SortedSet<Integer> tiles() {
        return tiles.isEmpty()
                ? new TreeSet<>()
                : Arrays.stream(tiles.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The same tiles as cells of the scene's grid, {@code cols} tiles wide. */
    public List<Tile> tilesOfGrid(int cols) {
        return tiles().stream().map(t -> Tile.ofIndex(t, cols)).toList();
    }
}
