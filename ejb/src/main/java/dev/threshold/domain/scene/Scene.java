package dev.threshold.domain.scene;

import java.util.List;

/**
 * A camera set-up in the form users draw it ({@code threshold-scene/1}): everything in image pixels of a
 * {@code width}×{@code height} frame. Construction validates it, so a Scene that exists can always be turned into a
 * {@link FloorGeometry}.
 *
 * @param floorQuad far-left, far-right, near-right, near-left corners of the floor
 * @param doorLine  the two ends of the threshold, on the floor
 * @param inside    any point on the inside side of the door line
 */
public record Scene(
        String cameraName,
        int width,
        int height,
        List<ImagePoint> floorQuad,
        double widthMeters,
        double depthMeters,
        int tileCols,
        int tileRows,
        List<ImagePoint> doorLine,
        ImagePoint inside) {

    public Scene {
        floorQuad = floorQuad == null ? null : List.copyOf(floorQuad);
        doorLine = doorLine == null ? null : List.copyOf(doorLine);
        SceneValidation.check(new SceneValidation.Values(
                cameraName, width, height, floorQuad, widthMeters, depthMeters, tileCols, tileRows, doorLine, inside));
    }

    /** The same set-up for another frame size of the same camera: image coordinates scale, metres do not. */
    public Scene scaledTo(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return this;
        }
        double sx = (double) newWidth / width, sy = (double) newHeight / height;
        return new Scene(
                cameraName,
                newWidth,
                newHeight,
                floorQuad.stream().map(p -> p.scaled(sx, sy)).toList(),
                widthMeters,
                depthMeters,
                tileCols,
                tileRows,
                doorLine.stream().map(p -> p.scaled(sx, sy)).toList(),
                inside.scaled(sx, sy));
    }

    public FloorGeometry geometry() {
        return new FloorGeometry(this);
    }
}
