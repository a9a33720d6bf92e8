package dev.threshold.application.incident;

import dev.threshold.application.webhook.LabelWriter;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The labels an incident puts on the video of its door's cameras ("tailgating", "forced entry", and "needs-review"
 * while it is doubtful and unreviewed), kept in step with the incident in the caller's transaction. A label's text
 * never changes once written, so a change that a search must see replaces the incident's labels.
 */
@ApplicationScoped
public class IncidentLabelling {

    @Inject
    LabelRepository labels;

    @Inject
    LabelWriter labelWriter;

    /** One label on every camera of the door, for the window. */
    public void label(Incident incident) {
        incident.door().cameras().forEach(camera -> labelWriter.write(Label.onIncident(incident, camera)));
    }

    /** Takes them off the video: the incident was withdrawn. */
    public void remove(Incident incident) {
        labels.removeOfIncident(incident.id());
    }

    /** The incident's labels written again: whether it needs review changed. */
    public void relabel(Incident incident) {
        remove(incident);
        label(incident);
    }
}
