package dev.threshold.domain.label;

import dev.threshold.domain.door.PlaceSelection;
import java.time.Instant;
import java.util.UUID;

/**
 * Narrows a label search beside its words: to one camera's video, one door (by the name labels carry), and a time
 * range [from, to), one Kisi place (the labels of its doors' events and of the cameras that watch its doors). Each
 * part is optional (null).
 */
public record LabelFilter(UUID cameraId, String doorName, Instant from, Instant to, PlaceSelection place) {

    public static final LabelFilter NONE = new LabelFilter(null, null, null, null);

    public LabelFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("to must be after from");
        }
    }

    public LabelFilter(UUID cameraId, String doorName, Instant from, Instant to) {
        this(cameraId, doorName, from, to, null);
    }

    /**
     * True if the label is on the camera, at the door and in the time range asked for: the database's rule. (The
     * place is the database's alone: a label does not know which place its door is in.)
     */
    public boolean admits(Label label) {
        return (cameraId == null
                        || (label.camera() != null
                                && cameraId.equals(label.camera().id())))
                && (doorName == null || doorName.equals(label.doorName()))
                && (from == null || !label.occurredAt().isBefore(from))
                && (to == null || label.occurredAt().isBefore(to));
    }
}
