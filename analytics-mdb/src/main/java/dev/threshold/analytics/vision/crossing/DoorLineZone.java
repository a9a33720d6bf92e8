package dev.threshold.analytics.vision.crossing;

import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorGeometry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The door line as a zone with inertia. A track's side counts only once it has been detected beyond the settle
 * distance on that side, in consecutive detections, for the settle time; a crossing is a change of the counted side,
 * so a person must hold one side and then the other, and the step between them must pass through the door. A
 * detection back within the settle distance restarts the new side's time: someone walking along the threshold, feet
 * flickering either side, never settles the other side. Frames where the track only coasts on its prediction are no
 * evidence and neither count nor reset. Sides and passages are measured in the {@link DoorFrame}, so the decision is
 * the same whichever way the line was drawn and on whichever side of the image the door is.
 */
public final class DoorLineZone {

    private final DoorFrame door;
    private final ZoneSettings settings;
    private final Map<Long, TrackSide> sides = new HashMap<>();
    private final Companions companions = new Companions();
    private final OneBody oneBody = new OneBody();

    public DoorLineZone(FloorGeometry geometry, ZoneSettings settings) {
        this.door = new DoorFrame(geometry);
        this.settings = settings;
    }

    /**
     * @param tracks the tracker's live tracks after a frame; tracks no longer listed are forgotten
     * @return crossings completed in this frame
     */
    public List<LineCrossing> update(List<Track> tracks, Instant at) {
        List<LineCrossing> found = new ArrayList<>();
        Map<Long, TrackSide> live = new HashMap<>();
        for (Track t : tracks) {
            TrackSide state = sides.get(t.id());
            if (state == null) {
                state = new TrackSide(door, settings, sides, companions);
                if (t.detectedNow()) {
                    state.born(t, at, tracks);
                }
            }
            live.put(t.id(), state);
            if (t.detectedNow()) {
                companions.seen(t, at);
                state.observe(t, at, tracks).ifPresent(found::add);
            }
        }
        // A second track on one person crosses with them: counted only once it shows a person of its own.
        List<LineCrossing> crossings = oneBody.admit(found, tracks, companions.crossings(), new OneBody.Apart() {
            @Override
            public double whenLastSeen(long a, long b) {
                return companions.apartWhenLastSeen(a, b).orElse(Double.POSITIVE_INFINITY);
            }

            @Override
            public boolean onTheSideReached(long a, long b, Direction direction) {
                int side = direction == Direction.IN ? 1 : -1;
                return companions.seenTogether(a, b, p -> door.depth(p) * side >= settings.settleMeters());
            }
        });
        crossings.forEach(companions::crossed);
        // A person hidden behind a companion at the door is seen on one side only; what the companion did tells
        // the rest. These come after this frame's own crossings, which they may rest on.
        List<LineCrossing> inferred = new ArrayList<>();
        for (Track t : tracks) {
            live.get(t.id()).wentWithCompanion(t, at).ifPresent(inferred::add);
        }
        for (Map.Entry<Long, TrackSide> gone : sides.entrySet()) {
            if (!live.containsKey(gone.getKey())) {
                TrackSide side = gone.getValue();
                side.endedOutOfSight(gone.getKey())
                        .or(() -> side.wentOnHidden(gone.getKey()))
                        .ifPresent(inferred::add);
            }
        }
        inferred.forEach(companions::crossed);
        crossings.addAll(inferred);
        sides.clear();
        sides.putAll(live);
        companions.keepOnly(live.keySet(), at);
        return crossings;
    }
}
