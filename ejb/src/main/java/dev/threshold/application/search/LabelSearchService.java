package dev.threshold.application.search;

import dev.threshold.application.kisi.KisiPlaceService;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelFilter;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.domain.label.LabelRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Finds labels by what a person types: "entry unlocked", "door unlocked", a token, a door or a person's name. */
@Stateless
public class LabelSearchService {

    public static final int MAX_RESULTS = 500;

    @Inject
    LabelRepository labels;

    @Inject
    CameraRepository cameras;

    @Inject
    DoorRepository doors;

    @Inject
    KisiPlaceService places;

    public List<Label> findLabels(LabelQuery query, int limit) {
        return findLabels(query, LabelFilter.NONE, limit);
    }

    public List<Label> findLabels(LabelQuery query, LabelFilter filter, int limit) {
        return labels.search(query, filter, Math.max(1, Math.min(limit, MAX_RESULTS)));
    }

    /**
     * The filter for a camera (by id), a door (by its Kisi lock id, as {@code /api/incidents?door=}) and a time range;
     * each may be null. A camera or door that does not exist is refused rather than silently finding nothing.
     */
    public LabelFilter filter(UUID cameraId, String lockId, Instant from, Instant to) {
        return filter(cameraId, lockId, from, to, null);
    }

    /** As {@link #filter(UUID, String, Instant, Instant)}, narrowed to one Kisi place's doors (null: any place). */
    public LabelFilter filter(UUID cameraId, String lockId, Instant from, Instant to, PlaceSelection place) {
        places.refuseUnknown(place);
        if (cameraId != null && cameras.find(cameraId).isEmpty()) {
            throw new InvalidValueException("camera", "camera: there is no camera with id " + cameraId);
        }
        String doorName = null;
        if (lockId != null && !lockId.isBlank()) {
            // Labels carry the door's name (also for crossings and incidents, which have no lock event).
            doorName = doors.find(lockId.strip())
                    .map(Door::displayName)
                    .orElseThrow(() ->
                            new InvalidValueException("door", "door: there is no door with lock id " + lockId.strip()));
        }
        try {
            return new LabelFilter(cameraId, doorName, from, to, place);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("to", e.getMessage());
        }
    }

    /** Cameras to filter by. */
    public List<Camera> cameras() {
        return cameras.all();
    }

    /** Doors to filter by, by name, with their lock ids. */
    public List<Door> doors() {
        return doors.all();
    }
}
