package dev.threshold.analytics.vision.foreground;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one foreground blob stands on the floor, and how many people that makes. The blob's foot line — the lowest
 * foreground row of each of its columns, near its bottom — is projected onto the floor; its extent across the floor
 * (the scene's width direction, across the camera's view) times a person's depth is the blob's floor area: the camera
 * sees people's fronts, not how deep they stand, and the foot line's own ups and downs are jitter of a few pixels
 * that far from the camera would be half a metre. People in the blob = that area ÷ one person's, rounded, at least one.
 */
public final class BlobFootprint {

    private final double top;
    private final List<double[]> footColumns; // {x left, x right, lowest row}, frame pixels
    private final double areaSquareMeters;
    private final int people;

    private BlobFootprint(double top, List<double[]> footColumns, double areaSquareMeters, int people) {
        this.top = top;
        this.footColumns = footColumns;
        this.areaSquareMeters = areaSquareMeters;
        this.people = people;
    }

    /**
     * @param left        frame x of the blob's first column
     * @param columnWidth frame pixels per column (the subtraction runs on a scaled-down image)
     * @param lowest      per column, the frame y of its lowest foreground pixel's bottom edge; NaN for a column
     *                    without one
     * @param top         frame y of the blob's top
     */
    public static BlobFootprint of(
            double left,
            double columnWidth,
            double[] lowest,
            double top,
            FloorGeometry floor,
            ForegroundSettings settings) {
        double bottom = Double.NEGATIVE_INFINITY;
        for (double y : lowest) {
            if (!Double.isNaN(y)) {
                bottom = Math.max(bottom, y);
            }
        }
        List<double[]> feet = new ArrayList<>();
        double from = Double.POSITIVE_INFINITY, to = Double.NEGATIVE_INFINITY;
        double band = settings.footBand() * Math.max(1, bottom - top);
        for (int i = 0; i < lowest.length; i++) {
            if (Double.isNaN(lowest[i]) || lowest[i] < bottom - band) {
                continue;
            }
            double x1 = left + i * columnWidth, x2 = x1 + columnWidth;
            feet.add(new double[] {x1, x2, lowest[i]});
            for (double x : new double[] {x1, x2}) {
                FloorPoint p = floor.toFloor(new ImagePoint(x, lowest[i]));
                from = Math.min(from, p.x());
                to = Math.max(to, p.x());
            }
        }
        double area = feet.isEmpty() ? 0 : (to - from) * settings.personDepthMeters();
        int people = area < settings.minPersonFraction() * settings.personAreaSquareMeters()
                ? 0
                : Math.max(1, (int) Math.round(area / settings.personAreaSquareMeters()));
        return new BlobFootprint(top, feet, area, people);
    }

    public double areaSquareMeters() {
        return areaSquareMeters;
    }

    /** 0 when the blob is too small on the floor to be anyone. */
    public int people() {
        return people;
    }

    /**
     * One detection per person: the foot line split into equal parts across, each box standing on the lowest foot
     * point of its part, so the tracker sees people side by side where they walk.
     */
    public List<PersonDetection> detections(double score) {
        List<PersonDetection> out = new ArrayList<>();
        if (people == 0) {
            return out;
        }
        double from = footColumns.stream().mapToDouble(c -> c[0]).min().orElseThrow();
        double to = footColumns.stream().mapToDouble(c -> c[1]).max().orElseThrow();
        double part = (to - from) / people;
        for (int k = 0; k < people; k++) {
            double x1 = from + k * part, x2 = x1 + part;
            double foot = footColumns.stream()
                    .filter(c -> c[1] > x1 && c[0] < x2)
                    .mapToDouble(c -> c[2])
                    .max()
                    .orElse(footColumns.get(0)[2]);
            out.add(new PersonDetection(new BoundingBox(x1, top, x2, foot), score));
        }
        return out;
    }
}
