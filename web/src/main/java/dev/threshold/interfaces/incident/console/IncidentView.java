package dev.threshold.interfaces.incident.console;

import dev.threshold.application.incident.IncidentDetails;
import dev.threshold.application.incident.IncidentService;
import dev.threshold.application.incident.SharedLinkService;
import dev.threshold.domain.incident.IncidentReviewException;
import dev.threshold.domain.incident.LinkRevocation;
import dev.threshold.interfaces.camera.console.ViewerLinks;
import dev.threshold.interfaces.console.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * One incident opened for review: the window, who was let in, one occurrence per unauthorised person with its
 * snapshot, the window's clip per camera, and the review (confirm, or dismiss with a reason).
 */
@Named
@ViewScoped
public class IncidentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;

    @Inject
    transient ExternalContext external;

    @Inject
    transient SharedLinkService sharedLinks;

    private String id;
    private IncidentDetails incident;
    private String reason;
    private LinkRevocation linksRevocation;

    public void load() {
        incident = null;
        UUID incidentId;
        try {
            incidentId = UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            Messages.warn("No incident has the id \"" + id + "\".");
            return;
        }
        incident = incidents.open(incidentId).orElse(null);
        if (incident == null) {
            Messages.warn("No incident has the id " + incidentId + ".");
            return;
        }
        linksRevocation = sharedLinks.revocation(incidentId).orElse(null);
    }

    /** Ends every shared link of the incident (admins only: the button is shown to them, and checked here). */
    public void revokeLinks() {
        if (incident == null || !external.isUserInRole("admin")) {
            return;
        }
        linksRevocation = sharedLinks
                .revoke(incident.summary().id(), external.getRemoteUser())
                .orElse(null);
        Messages.info("The shared links of this incident are revoked.");
    }

    public void confirm() {
        review(true);
    }

    public void dismiss() {
        review(false);
    }

    private void review(boolean confirm) {
        if (incident == null) {
            return;
        }
        UUID incidentId = incident.summary().id();
        String reviewer = external.getRemoteUser();
        try {
            incident = (confirm
                            ? incidents.confirm(incidentId, reviewer, reason)
                            : incidents.dismiss(incidentId, reviewer, reason))
                    .orElse(incident);
            Messages.info("Incident " + (confirm ? "confirmed" : "dismissed") + ".");
            reason = null;
        } catch (IncidentReviewException e) {
            Messages.error(e.field() == null ? null : "review:reason", e.getMessage());
        }
    }

    public boolean isReviewable() {
        return incident != null
                && ("open".equals(incident.summary().status())
                        || "closed".equals(incident.summary().status()));
    }

    /** An occurrence's picture: the camera's recording at that moment, grid drawn, the person's tiles red. */
    public String snapshotUrl(int position) {
        return external.getRequestContextPath() + "/api/incidents/"
                + incident.summary().id() + "/occurrences/" + position + "/snapshot";
    }

    /** The viewer at the moment the person crossed, on the camera that saw it. */
    public String viewerUrl(IncidentDetails.Occurrence occurrence) {
        return ViewerLinks.at(external.getRequestContextPath(), occurrence.cameraId(), occurrence.at());
    }

    /** The clip of the whole window, with a little before and after. */
    public String clipUrl(UUID cameraId) {
        return external.getRequestContextPath() + "/api/cameras/" + cameraId + "/clip?from="
                + incident.summary().clipStart() + "&to=" + incident.summary().clipEnd();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public IncidentDetails getIncident() {
        return incident;
    }

    public String getReason() {
        return reason;
    }

    public LinkRevocation getLinksRevocation() {
        return linksRevocation;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
