package dev.threshold.analytics.vision.tracking;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;

/**
 * A person who walked on hidden behind a companion, and reappears beside them. When a confirmed track gets no box and
 * the box of another person detected in the same frame covers the spot where it was last seen, that person is noted
 * as what hides it. A box the tracker would otherwise start a new track from then continues the hidden track when it
 * comes out from behind that same companion (its box overlaps theirs in the image), lies within a brisk walk of the
 * hidden track's last position over the time it was unseen, and could belong to nobody else ({@link Owners}: no other
 * track's last box continues into it, no other track's reach takes it in). Only who hid whom decides, never a
 * likeness (two people in dark clothes look alike) nor a side of the image, so it holds in dim and mirrored footage;
 * and it never takes a box another track was given, so one person seen twice never feeds a second track from it.
 */
final class BehindCompanion {

    private BehindCompanion() {}

    /**
     * Notes, for each track that was detected in the previous frame and got no box in this one, who hides it now:
     * a track detected in this frame whose new box covers the missing track's last box.
     *
     * @param matched tracks given a box in this frame
     */
    static void noteWhoHides(List<Track> tracks, List<Track> matched) {
        for (Track t : tracks) {
            if (matched.contains(t) || !t.detectedNow() || !t.confirmed() || t.box() == null) {
                continue;
            }
            Track hider = null;
            double best = 0;
            for (Track c : matched) {
                double iou = c == t || c.box() == null ? 0 : c.box().iou(t.box());
                if (Owners.overlap(c.box(), t.box()) && (hider == null || iou > best)) {
                    hider = c;
                    best = iou;
                }
            }
            t.hiddenBy(hider == null ? 0 : hider.id());
        }
    }

    /**
     * Gives a box no track took to a track hidden behind the companion the box comes out from behind.
     *
     * @param box     a box the assignment left without a track
     * @param matched tracks given a box in this frame; the one given this box is added
     * @param reach   how far from its prediction each track may be now (its gate, plus a brisk walk while unseen)
     * @return whether a hidden track took the box
     */
    static boolean reappeared(
            FloorObservation box,
            List<Track> tracks,
            List<Track> matched,
            double time,
            ToDoubleFunction<Track> reach,
            BiConsumer<Track, FloorObservation> observe) {
        List<Track> owners = Owners.of(box, tracks, time, reach);
        Track taker = null;
        for (Track t : tracks) {
            Track hider = t.hiddenBy() == 0
                    ? null
                    : matched.stream()
                            .filter(c -> c.id() == t.hiddenBy())
                            .findFirst()
                            .orElse(null);
            // Within the hidden track's reach on the floor: sharing its columns in the image is not enough, a box
            // far behind the companion (someone deeper in the room) shares them too.
            if (hider == null
                    || matched.contains(t)
                    || !t.mayTake(box.box())
                    || !Owners.overlap(box.box(), hider.box())
                    || t.predictedAt(time).distanceTo(box.position()) > reach.applyAsDouble(t)
                    || owners.stream().anyMatch(u -> u != t && u != hider)) {
                continue;
            }
            if (taker == null
                    || t.predictedAt(time).distanceTo(box.position())
                            < taker.predictedAt(time).distanceTo(box.position())) {
                taker = t;
            }
        }
        if (taker == null) {
            return false;
        }
        observe.accept(taker, box);
        matched.add(taker);
        return true;
    }
}
