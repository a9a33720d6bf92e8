package dev.threshold.domain.scene;

import java.util.Optional;

/**
 * A scene turned into arithmetic: image↔floor mappings, the floor tile of a point and which side of the door a floor
 * point is on. Built once per camera and frame size; immutable, so trackers of several threads may share it.
 */
public final class FloorGeometry {

    private final Scene scene;
    private final Homography toFloor;
    private final Homography toImage;
    private final FloorPoint doorA;
    private final FloorPoint doorB;
    private final double insideSign;

    FloorGeometry(Scene scene) {
        this.scene = scene;
        this.toFloor = Homography.fromFourPoints(
                Scenes.corners(scene.floorQuad()), Scenes.floorCorners(scene.widthMeters(), scene.depthMeters()));
        this.toImage = toFloor.inverse();
        this.doorA = toFloor(scene.doorLine().get(0));
        this.doorB = toFloor(scene.doorLine().get(1));
        this.insideSign = Math.signum(rawSide(toFloor(scene.inside())));
    }

    public Scene scene() {
        return scene;
    }

    public FloorPoint toFloor(ImagePoint p) {
        double[] f = toFloor.map(p.x(), p.y());
        return new FloorPoint(f[0], f[1]);
    }

    public ImagePoint toImage(FloorPoint p) {
        double[] i = toImage.map(p.x(), p.y());
        return new ImagePoint(i[0], i[1]);
    }

    /** The door's two ends on the floor, in metres. */
    public FloorPoint doorStart() {
        return doorA;
    }

    public FloorPoint doorEnd() {
        return doorB;
    }

    /**
     * Signed distance in metres from the door line (taken as infinite): positive on the inside side, negative outside.
     */
    public double signedDoorDistance(FloorPoint p) {
        return insideSign * rawSide(p) / doorA.distanceTo(doorB);
    }

    /** Where along the door the point lies: 0 at its start, 1 at its end, outside [0, 1] beyond its ends. */
    public double alongDoor(FloorPoint p) {
        double dx = doorB.x() - doorA.x(), dy = doorB.y() - doorA.y();
        return ((p.x() - doorA.x()) * dx + (p.y() - doorA.y()) * dy) / (dx * dx + dy * dy);
    }

    public double doorLengthMeters() {
        return doorA.distanceTo(doorB);
    }

    /** @return the tile under the point, or empty when it is off the floor */
    public Optional<Tile> tileOf(FloorPoint p) {
        if (p.x() < 0 || p.y() < 0 || p.x() > scene.widthMeters() || p.y() > scene.depthMeters()) {
            return Optional.empty();
        }
        int col = Math.min(scene.tileCols() - 1, (int) (p.x() / scene.widthMeters() * scene.tileCols()));
        int row = Math.min(scene.tileRows() - 1, (int) (p.y() / scene.depthMeters() * scene.tileRows()));
        return Optional.of(new Tile(col, row));
    }

    public double tileAreaSquareMeters() {
        return scene.widthMeters() / scene.tileCols() * scene.depthMeters() / scene.tileRows();
    }

    private double rawSide(FloorPoint p) {
        return (doorB.x() - doorA.x()) * (p.y() - doorA.y()) - (doorB.y() - doorA.y()) * (p.x() - doorA.x());
    }
}
