package dev.threshold.analytics.vision.tracking;

import java.util.List;

/**
 * Who a box belongs to, for a track that went unseen for longer than a frame interval (a track seen in the previous
 * frame is matched by distance alone). The ordinary gate grows at a slow walk while a track coasts, because a faster
 * one lets a lost track take the box of someone who stood near it all along (a person counted out, then "walking back
 * in" on a neighbour's box). But someone hidden behind a companion may walk on at a normal pace and reappear farther
 * than that. Distance cannot tell the two apart; who the box belongs to can: beyond the ordinary gate, up to a brisk
 * walk's, a box is taken only when it looks like the track (its {@link Appearance}) and more like it than like any
 * other live track (a neighbour's box looks like the neighbour's own track); within the gate, a box that looks unlike
 * the track and more like someone else is refused ({@link #refused}). "Someone else" is only a track that could own
 * the box at all ({@link Owners}): its last box continues into this one in the image, or its reach takes the box in; a
 * person standing metres away is no rival, however alike two dark coats look. Without appearances (a detector without
 * frames, tests) nothing changes.
 */
final class Recognition {

    /** Metres a second an unseen person may have walked: a brisk walk, the door-line zone's fastest step. */
    static final double BRISK_WALK = 2.0;
    /**
     * Least likeness (Bhattacharyya coefficient of the two histograms) for a box to be someone's: one person's boxes
     * score 0.9 and more from frame to frame; two people in dark or grey clothes can score as much, which is why the
     * box must also look more like this track than like anyone else.
     */
    static final double MIN_SIMILARITY = 0.7;

    private Recognition() {}

    /**
     * The other half: a track that went unseen does not take even a box within its ordinary gate when the box looks
     * unlike it (below {@link #MIN_SIMILARITY}) and more like another live track. A person lost from view is not
     * continued on the box of someone who stands near where they were lost (that box's foot point can jump when
     * their feet are hidden); a track seen in the previous frame is left to distance alone, as before.
     *
     * @param owners the tracks that could own the box ({@link Owners#of}), the rivals it is weighed against
     */
    static boolean refused(Track t, FloorObservation o, double unseen, List<Track> owners) {
        if (unseen <= 0 || t.appearance() == null || o.appearance() == null) {
            return false;
        }
        double own = t.appearance().similarity(o.appearance());
        return own < MIN_SIMILARITY && looksMoreLikeAnother(t, o, own, owners);
    }

    private static boolean looksMoreLikeAnother(Track t, FloorObservation o, double own, List<Track> tracks) {
        for (Track u : tracks) {
            if (u != t && u.appearance() != null && u.appearance().similarity(o.appearance()) >= own) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param unseen seconds the track went unseen beyond one frame interval
     * @param d      floor distance from the track's prediction to the box, beyond its ordinary gate
     * @param owners the tracks that could own the box ({@link Owners#of}), the rivals it is weighed against
     * @return true when the track may take the box all the same
     */
    static boolean recognised(
            Track t, FloorObservation o, double d, double unseen, double gateMeters, List<Track> owners) {
        if (!t.confirmed()
                || unseen <= 0
                || d > gateMeters + BRISK_WALK * unseen
                || t.appearance() == null
                || o.appearance() == null) {
            return false;
        }
        double own = t.appearance().similarity(o.appearance());
        if (own < MIN_SIMILARITY) {
            return false;
        }
        return !looksMoreLikeAnother(t, o, own, owners);
    }
}
