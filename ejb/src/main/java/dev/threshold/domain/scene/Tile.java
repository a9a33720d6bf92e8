package dev.threshold.domain.scene;

/** One cell of the floor grid, counted from the far-left corner. */
public record Tile(int col, int row) {
}
