package dev.threshold.interfaces.verdict.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.incident.IncidentService;
import dev.threshold.application.verdict.WebhookDelays;
import dev.threshold.domain.incident.DoorWindowVerdict;
import dev.threshold.domain.user.Roles;
import dev.threshold.domain.window.WebhookDelay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;

/**
 * {@code /api/windows}: the latest judged door windows with their verdicts (also the ones where all was well), and
 * how late Kisi's webhooks arrive — the figure that places door events on the video's timeline.
 * {@code ?door=<lock id>} for one door.
 */
@Path("/api/windows")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class DoorWindowResource {

    @Inject
    IncidentService incidents;

    @Inject
    WebhookDelays delays;

    @GET
    public String latest(@QueryParam("door") String lockId, @QueryParam("limit") @DefaultValue("50") int limit) {
        JsonArrayBuilder windows = JSON.createArrayBuilder();
        for (DoorWindowVerdict v : incidents.latestWindows(lockId == null || lockId.isBlank() ? null : lockId, limit)) {
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("lockId", v.door().lockId())
                    .add("door", v.door().displayName())
                    .add("kind", v.kind().name().toLowerCase())
                    .add("start", v.startedAt().toString())
                    .add("end", v.endedAt().toString())
                    .add("grants", v.grants())
                    .add("entries", v.entries())
                    .add("tailgaters", v.tailgaters())
                    .add("forcedEntries", v.forcedEntries())
                    .add("kisiTailgate", v.kisiTailgate())
                    .add("judgedAt", v.judgedFirstAt().toString())
                    .add(
                            "verdictLatencyMillis",
                            Duration.between(v.endedAt(), v.judgedFirstAt()).toMillis());
            if (v.incident() != null) {
                json.add("incidentId", v.incident().id().toString());
            } else {
                json.addNull("incidentId");
            }
            windows.add(json);
        }
        WebhookDelay delay = delays.current();
        return JSON.createObjectBuilder()
                .add(
                        "webhookDelay",
                        JSON.createObjectBuilder()
                                .add("medianMillis", delay.median().toMillis())
                                .add("samples", delay.samples())
                                .add("toleranceMillis", delay.tolerance().toMillis())
                                .add("beyondTolerance", delay.beyondTolerance())
                                .add("correctionMillis", delay.correction().toMillis()))
                .add("windows", windows)
                .build()
                .toString();
    }
}
