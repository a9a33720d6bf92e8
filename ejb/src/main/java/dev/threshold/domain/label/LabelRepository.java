package dev.threshold.domain.label;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where labels are kept and searched. */
public interface LabelRepository {

    void store(Label label);

    /** Labels whose search text holds every term of the query and none it excludes, newest first. */
    default List<Label> search(LabelQuery query, int limit) {
        return search(query, LabelFilter.NONE, limit);
    }

    /** {@link #search(LabelQuery, int)} within the camera, door and time range of the filter. */
    List<Label> search(LabelQuery query, LabelFilter filter, int limit);

    /** The labels on a camera's video in [from, to], in time order, at most {@code limit}. */
    List<Label> onCamera(UUID cameraId, Instant from, Instant to, int limit);

    List<Label> ofAccessEvents(Collection<UUID> accessEventIds);

    /** Takes an incident's labels off the video: its verdict was withdrawn. */
    void removeOfIncident(UUID incidentId);
}
