package dev.threshold.domain.label;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where labels are kept and searched. */
public interface LabelRepository {

    void store(Label label);

    /** Labels whose search text holds every term of the query, newest first. */
    List<Label> search(LabelQuery query, int limit);

    List<Label> ofAccessEvents(Collection<UUID> accessEventIds);

    /** Takes an incident's labels off the video: its verdict was withdrawn. */
    void removeOfIncident(UUID incidentId);
}
