package dev.threshold.application.incident;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.notification.IncidentLinks;
import dev.threshold.domain.incident.IncidentRepository;
import dev.threshold.domain.incident.LinkRevocation;
import dev.threshold.domain.incident.LinkRevocationRepository;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The shared links of incidents (the signed links of the e-mails, {@link IncidentLinks}): whether an incident's links
 * still work, and their revocation by an admin, after which every shared link of the incident answers 410.
 * {@link #revoke} is the one place a revocation happens, and it leaves its audit record there.
 */
@Stateless
public class SharedLinkService {

    private static final Logger LOG = Logger.getLogger(SharedLinkService.class.getName());

    @Inject
    LinkRevocationRepository revocations;

    @Inject
    IncidentRepository incidents;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** When and by whom the incident's shared links were revoked; empty while they work. */
    public Optional<LinkRevocation> revocation(UUID incidentId) {
        return revocations.find(incidentId);
    }

    /**
     * Revokes every shared link of the incident, at once and for good; revoking again keeps the first revocation.
     *
     * @return the revocation; empty when there is no such incident
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<LinkRevocation> revoke(UUID incidentId, String admin) {
        if (incidents.find(incidentId).isEmpty()) {
            return Optional.empty();
        }
        Optional<LinkRevocation> earlier = revocations.find(incidentId);
        if (earlier.isPresent()) {
            return earlier;
        }
        LinkRevocation revocation = new LinkRevocation(incidentId, clock.instant(), admin);
        revocations.store(revocation);
        audit.record(
                admin,
                "link.revoked",
                "incident/" + incidentId,
                null,
                JSON.createObjectBuilder()
                        .add("revokedAt", revocation.revokedAt().toString())
                        .build());
        LOG.info(() -> "shared links of incident " + incidentId + " revoked by " + admin);
        return Optional.of(revocation);
    }
}
