package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a track was last seen with its feet hidden by someone in front, for {@link TrackSide}: two people leaving
 * side by side, one a step behind the other, whose box only ever shows them down to the first one's back, are seen on
 * the threshold until the detector loses the second in the first one's box. Over the latest detections in a row whose
 * feet someone hid it keeps the one nearest the line (a track lost behind a companion may take, in its last frames,
 * the box of someone standing farther back behind them: the nearest shows where it was lost); a detection that shows
 * the feet forgets it. Only depths in the {@link DoorFrame} are compared: it holds mirrored and whichever way the line
 * was drawn.
 */
final class LostBehind {

    /** Depth of that detection's foot point, and of the farthest spot its hidden feet may reach. */
    private double depth = Double.NaN;

    private double reach = Double.NaN;
    private Companions.Sighting seen;

    /**
     * @param depth its foot point's depth
     * @param reach the depth its hidden feet may reach ({@link DoorFrame#hiddenFeetDepth}); NaN when the feet showed
     */
    void detected(Instant at, FloorPoint position, BoundingBox box, double depth, double reach) {
        if (Double.isNaN(reach)) {
            this.depth = Double.NaN;
            seen = null;
        } else if (seen == null || Math.abs(depth) < Math.abs(this.depth)) {
            this.depth = depth;
            this.reach = reach;
            seen = new Companions.Sighting(at, position, box);
        }
    }

    /**
     * A track that ended out of sight right after its last boxes showed it on the threshold, having walked up to the
     * door, with its feet hidden by a companion in front so far down that they may have been past the line, while that
     * companion crossed away from the track's side: the person went on with them, hidden. Half the companion's
     * confidence, stamped when the track was last seen there.
     *
     * @param settled the side the track held (+1 inside, -1 outside)
     * @param deepest how deep on that side it stood at most
     */
    Optional<LineCrossing> wentOn(
            long id, int settled, double deepest, DoorFrame door, ZoneSettings settings, Companions companions) {
        if (seen == null
                || settled == 0
                || Math.abs(depth) >= settings.passageMeters() / 2
                || reach * settled > -settings.settleMeters()
                || deepest - depth * settled < TrackSide.ONWARD_METERS
                || deepest - reach * settled < settings.passageMeters()
                || door.offset(seen.position()) > door.halfWidth() + settings.endMarginMeters()) {
            return Optional.empty();
        }
        Direction direction = settled > 0 ? Direction.OUT : Direction.IN;
        Companions.Sighting last = seen;
        return companions
                .hidingCompanionCrossed(id, last, direction, last.at(), TrackSide.COMPANION_SECONDS)
                .map(c -> new LineCrossing(id, last.at(), direction, c.confidence() / 2));
    }
}
