package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;

/**
 * One person followed over frames, with a constant-velocity estimate on the floor. Mutable and owned by its
 * {@link FloorTracker}; read it, do not keep it.
 */
public final class Track {

    private static final double MAX_SPEED = 2.5;
    /** Frame interval the smoothing weights are given for (25 fps); other intervals get the same time constant. */
    static final double REFERENCE_INTERVAL = 0.04;

    private static final double VELOCITY_SMOOTHING = 0.3;

    private final long id;
    private final double firstSeen;
    private FloorPoint position;
    private double vx;
    private double vy;
    private double lastSeen;
    private int hits;
    private boolean confirmed;
    private boolean detectedNow;
    private BoundingBox box;
    private double score;
    private boolean lastBoxWasShadowed;
    private Appearance appearance;
    /** The track whose box covers where this one was last seen, while this one goes unseen; 0 for none. */
    private long hiddenBy;
    /** When someone in front hid the feet of the latest box ({@link HiddenFeet}), the row they may reach; else NaN. */
    private double feetHiddenTo = Double.NaN;
    /** Whether it has stood only where it was first seen, and where that is ({@link AtRest}). */
    private final AtRest rest;

    Track(long id, FloorObservation first, double time, int minHits) {
        this.id = id;
        this.firstSeen = time;
        this.position = first.position();
        this.lastSeen = time;
        this.hits = 1;
        this.detectedNow = true;
        this.box = first.box();
        this.score = first.score();
        this.appearance = first.appearance();
        this.confirmed = minHits <= 1;
        this.rest = new AtRest(first.box());
    }

    /** A first box whose feet someone in front hid ({@link #feetHiddenTo()}). */
    Track feetHiddenTo(double row) {
        feetHiddenTo = row;
        return this;
    }

    FloorPoint predictedAt(double time) {
        double dt = time - lastSeen;
        return new FloorPoint(position.x() + vx * dt, position.y() + vy * dt);
    }

    /**
     * @param smoothing     weight of the observation against the prediction at the reference frame rate (25 fps)
     * @param frameInterval the camera's frame interval: at 5 fps a frame carries five reference frames' worth of
     *                      evidence, so the filter follows a person equally fast, in seconds, at 5 and at 25 fps
     *                      (a gap of missed detections is not a longer interval: it carries no new evidence)
     */
    void observe(FloorObservation o, double time, double smoothing, int minHits, double frameInterval) {
        observe(o, time, smoothing, minHits, frameInterval, Double.NaN);
    }

    /**
     * @param hiddenTo the image row down to which the box's feet may reach when someone in front hides them
     *                 ({@link HiddenFeet}), else NaN; kept for the door-line zone ({@link #feetHiddenTo()})
     */
    void observe(
            FloorObservation o, double time, double smoothing, int minHits, double frameInterval, double hiddenTo) {
        double dt = time - lastSeen;
        double w = weightAfter(smoothing, frameInterval);
        FloorPoint predicted = predictedAt(time);
        FloorPoint next = new FloorPoint(
                predicted.x() + w * (o.position().x() - predicted.x()),
                predicted.y() + w * (o.position().y() - predicted.y()));
        if (dt > 0) {
            // Smoothed velocity: foot points jitter by a few pixels, which is tenths of a metre far from the camera.
            double a = weightAfter(VELOCITY_SMOOTHING, frameInterval);
            vx = (1 - a) * vx + a * (next.x() - position.x()) / dt;
            vy = (1 - a) * vy + a * (next.y() - position.y()) / dt;
            // A box that briefly takes in a neighbour yanks the foot point; nobody walks faster than this indoors.
            double speed = Math.hypot(vx, vy);
            if (speed > MAX_SPEED) {
                vx *= MAX_SPEED / speed;
                vy *= MAX_SPEED / speed;
            }
        }
        position = next;
        lastSeen = time;
        hits++;
        confirmed |= hits >= minHits;
        detectedNow = true;
        box = o.box();
        score = o.score();
        appearance = appearance == null ? o.appearance() : appearance.updatedWith(o.appearance());
        lastBoxWasShadowed = false;
        hiddenBy = 0;
        feetHiddenTo = hiddenTo;
        rest.observed(o.box());
    }

    /** Whether this track may take the box at all: a track at rest takes only a box where it stands ({@link AtRest}). */
    boolean mayTake(BoundingBox b) {
        return rest.mayTake(b);
    }

    /** Notes who hides this track now that it got no box ({@link BehindCompanion}); 0 for nobody. */
    void hiddenBy(long trackId) {
        hiddenBy = trackId;
    }

    long hiddenBy() {
        return hiddenBy;
    }

    /** The box just observed was one the one-box-per-person rule had dropped ({@link ShadowedBoxes}). */
    void shadowedBoxTaken() {
        lastBoxWasShadowed = true;
    }

    boolean lastBoxWasShadowed() {
        return lastBoxWasShadowed;
    }

    /** Exponential smoothing with a fixed time constant: weight w per reference interval becomes this per interval. */
    static double weightAfter(double w, double interval) {
        if (interval <= REFERENCE_INTERVAL) {
            return w;
        }
        return 1 - Math.pow(1 - w, interval / REFERENCE_INTERVAL);
    }

    void miss() {
        detectedNow = false;
        if (!confirmed) {
            hits = 0;
        }
    }

    public long id() {
        return id;
    }

    /** Last estimated position; while the track coasts, where it was last seen. */
    public FloorPoint position() {
        return position;
    }

    public boolean confirmed() {
        return confirmed;
    }

    /** True when a detection continued the track in the latest frame (false while it coasts). */
    public boolean detectedNow() {
        return detectedNow;
    }

    public double lastSeen() {
        return lastSeen;
    }

    public double firstSeen() {
        return firstSeen;
    }

    public int hits() {
        return hits;
    }

    public BoundingBox box() {
        return box;
    }

    public double score() {
        return score;
    }

    /** What the person looked like over their recent boxes; null when no box came with an appearance. */
    public Appearance appearance() {
        return appearance;
    }

    /**
     * When someone nearer the camera hid the feet of the latest box, the image row down to which they may reach (the
     * bottom of the box in front): the person stands between the box's foot point and that row's. NaN otherwise.
     */
    public double feetHiddenTo() {
        return feetHiddenTo;
    }

    public double speed() {
        return Math.hypot(vx, vy);
    }
}
