package dev.threshold.analytics.vision.detection;

import dev.threshold.domain.scene.ImageBounds;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of the frame to run the detector on, in whole pixels. Running on the region around the door rather than
 * the whole frame makes small, distant people larger at the model's fixed input size.
 */
public record CropRegion(int x, int y, int width, int height) {

    public static CropRegion whole(int frameWidth, int frameHeight) {
        return new CropRegion(0, 0, frameWidth, frameHeight);
    }

    /**
     * The floor quadrilateral, the door line and the inside point, widened by {@code margin} of their size on every
     * side, and raised further by {@code headroom} of the frame height: the floor holds feet, the detector needs whole
     * bodies, which stand above them.
     */
    public static CropRegion aroundDoor(Scene scene, double margin, double headroom) {
        List<ImagePoint> points = new ArrayList<>(scene.floorQuad());
        points.addAll(scene.doorLine());
        points.add(scene.inside());
        ImageBounds b = ImageBounds.of(points);
        double mx = b.width() * margin, my = b.height() * margin;
        int x1 = clamp((int) Math.floor(b.minX() - mx), scene.width());
        int y1 = clamp((int) Math.floor(b.minY() - my - headroom * scene.height()), scene.height());
        int x2 = clamp((int) Math.ceil(b.maxX() + mx), scene.width());
        int y2 = clamp((int) Math.ceil(b.maxY() + my), scene.height());
        return new CropRegion(x1, y1, Math.max(1, x2 - x1), Math.max(1, y2 - y1));
    }

    /**
     * A square around a box, {@code context} times its larger side (a person's surroundings help the network tell a
     * person), moved inside the frame where it would stick out and cut only where the frame is smaller than it.
     */
    public static CropRegion around(BoundingBox box, double context, int frameWidth, int frameHeight) {
        int side = (int) Math.ceil(Math.max(box.width(), box.height()) * context);
        int w = Math.max(1, Math.min(side, frameWidth)), h = Math.max(1, Math.min(side, frameHeight));
        int x = (int) Math.round((box.x1() + box.x2()) / 2 - w / 2.0);
        int y = (int) Math.round((box.y1() + box.y2()) / 2 - h / 2.0);
        return new CropRegion(
                Math.max(0, Math.min(frameWidth - w, x)), Math.max(0, Math.min(frameHeight - h, y)), w, h);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    /**
     * Splits a wide region into overlapping squares (as wide as it is high, at least), so each is scaled up as much as
     * the model input allows; {@code overlap} is the fraction of a tile shared with its neighbour, enough for a person
     * standing on the seam to be whole in one of them.
     */
    public List<CropRegion> tiles(int maxTiles, double overlap) {
        int count = Math.max(1, Math.min(maxTiles, (int) Math.round((double) width / height)));
        if (count == 1) {
            return List.of(this);
        }
        int tileWidth = (int) Math.ceil(width / (count - (count - 1) * overlap));
        List<CropRegion> tiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int tx = x + (int) Math.round(i * (width - tileWidth) / (double) (count - 1));
            tiles.add(new CropRegion(tx, y, tileWidth, height));
        }
        return tiles;
    }
}
