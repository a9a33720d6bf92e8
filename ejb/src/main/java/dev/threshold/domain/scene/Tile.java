package dev.threshold.domain.scene;

/** One cell of the floor grid, counted from the far-left corner. */
public record Tile(int col, int row) {

    /** Row by row from the far-left corner: {@code row × cols + col}, the form occupancy is stored in. */
    public int index(int cols) {
        return row * cols + col;
    }

    public static Tile ofIndex(int index, int cols) {
        return new Tile(index % cols, index / cols);
    }
}
