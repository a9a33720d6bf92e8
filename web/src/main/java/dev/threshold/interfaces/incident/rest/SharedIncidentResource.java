package dev.threshold.interfaces.incident.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.NotRecordedException;
import dev.threshold.application.incident.IncidentDetails;
import dev.threshold.application.incident.IncidentEvidence;
import dev.threshold.application.incident.IncidentService;
import dev.threshold.application.incident.IncidentSummary;
import dev.threshold.application.incident.SharedLinkService;
import dev.threshold.application.notification.IncidentLinks;
import dev.threshold.interfaces.rest.ClipResponses;
import dev.threshold.interfaces.rest.JsonBody;
import dev.threshold.interfaces.rest.Problem;
import dev.threshold.interfaces.rest.ProblemException;
import dev.threshold.interfaces.rest.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * {@code /shared/incidents/{id}?expires=…&sig=…}: an incident's evidence — what happened, the occurrences'
 * snapshots, the window's clip per camera — for whoever holds the signed link an e-mail gave them, without a sign-in,
 * until the link expires. Nothing else of Threshold is reachable with it: no review, no other incident, no search.
 */
@Path("/shared/incidents/{id}")
@PermitAll // the signed link is the credential: verified() refuses a wrong or expired one
public class SharedIncidentResource {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    IncidentLinks links;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentEvidence evidence;

    @Inject
    CameraService cameras;

    @Inject
    SharedLinkService sharedLinks;

    @Inject
    AuditTrail audit;

    @GET
    @PermitAll
    @Produces("text/html; charset=UTF-8")
    public String page(
            @PathParam("id") String id, @QueryParam("expires") String expires, @QueryParam("sig") String sig) {
        IncidentDetails incident = incidents
                .open(verified(id, expires, sig))
                .orElseThrow(() -> new NotFoundException("This incident no longer exists"));
        IncidentSummary s = incident.summary();
        String query = "?expires=" + expires + "&sig=" + sig;
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Threshold incident</title><style>
                body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1f2937}
                .kind{background:#fde2e1;color:#b42318;font-weight:600;border-radius:4px;padding:0 .4em}
                img,video{max-width:100%;border-radius:4px;background:#111} figure{margin:0 0 1.5rem}
                .muted{color:#6b7280;font-size:.9em}</style></head><body>
                """);
        html.append("<h1><span class=\"kind\">")
                .append(escape(s.kind()))
                .append("</span> at ")
                .append(escape(s.doorName()))
                .append("</h1>");
        html.append("<p>")
                .append(s.entries())
                .append(" went in on ")
                .append(s.grants())
                .append(" badge(s) between ")
                .append(TIME.format(s.windowStart()))
                .append(" and ")
                .append(TIME.format(s.windowEnd()))
                .append(": ")
                .append(s.unauthorised())
                .append(" unauthorised.</p>");
        if (!incident.grants().isEmpty()) {
            html.append("<p>Let in: ");
            incident.grants()
                    .forEach(g -> html.append(escape(g.actorName() == null ? "someone" : g.actorName()))
                            .append(" (")
                            .append(TIME.format(g.at()))
                            .append(") "));
            html.append("</p>");
        }
        for (IncidentDetails.Occurrence o : incident.occurrences()) {
            if (o.cameraId() != null) {
                html.append("<figure><img alt=\"person ")
                        .append(o.position())
                        .append("\" src=\"")
                        .append(escape(s.id() + "/occurrences/" + o.position() + "/snapshot" + query))
                        .append("\"><figcaption>Person ")
                        .append(o.position())
                        .append(", ")
                        .append(TIME.format(o.at()))
                        .append(", ")
                        .append(escape(o.cameraName()))
                        .append("</figcaption></figure>");
            }
        }
        for (IncidentDetails.CameraRef camera : incident.cameras()) {
            html.append("<figure><video controls preload=\"metadata\" src=\"")
                    .append(escape(s.id() + "/clip/" + camera.id() + query))
                    .append("\"></video><figcaption>")
                    .append(escape(camera.name()))
                    .append("</figcaption></figure>");
        }
        html.append("<p class=\"muted\">This link works until ")
                .append(TIME.format(Instant.ofEpochSecond(Long.parseLong(expires))))
                .append(". Reviewing the incident needs a sign-in to the console.</p></body></html>");
        return html.toString();
    }

    @GET
    @PermitAll
    @Path("/occurrences/{position}/snapshot")
    @Produces("image/jpeg")
    public Response snapshot(
            @PathParam("id") String id,
            @PathParam("position") int position,
            @QueryParam("expires") String expires,
            @QueryParam("sig") String sig)
            throws NotRecordedException {
        byte[] jpeg = evidence.occurrenceSnapshot(verified(id, expires, sig), position)
                .orElseThrow(() -> new NotFoundException("No such occurrence"));
        audit.recordAlone(
                "video.snapshot-downloaded",
                "incident/" + id,
                JSON.createObjectBuilder()
                        .add("occurrence", position)
                        .add("via", "shared link")
                        .build());
        return Response.ok(jpeg, "image/jpeg").build();
    }

    @GET
    @PermitAll
    @Path("/clip/{cameraId}")
    @Produces("video/mp4")
    public Response clip(
            @PathParam("id") String id,
            @PathParam("cameraId") String cameraId,
            @QueryParam("expires") String expires,
            @QueryParam("sig") String sig)
            throws NotRecordedException {
        IncidentDetails incident = incidents
                .open(verified(id, expires, sig))
                .orElseThrow(() -> new NotFoundException("This incident no longer exists"));
        UUID camera = QueryParameters.uuid("cameraId", cameraId);
        if (incident.cameras().stream().noneMatch(c -> c.id().equals(camera))) {
            throw new NotFoundException("That camera does not watch the incident's door");
        }
        IncidentSummary s = incident.summary();
        var clip = cameras.clipBetween(camera, s.clipStart(), s.clipEnd());
        audit.recordAlone(
                "video.clip-downloaded",
                "incident/" + id,
                JSON.createObjectBuilder()
                        .add("camera", camera.toString())
                        .add("via", "shared link")
                        .build());
        return ClipResponses.of(clip);
    }

    /**
     * The incident id, if the link is this server's, not expired and not revoked. An expiry that no link of this
     * server can carry (not a number, negative, too large, further ahead than links last) is 400; a wrong signature or
     * a past expiry 403 (no hint which part is wrong); a revoked link 410.
     */
    private UUID verified(String id, String expires, String sig) {
        long expiresAt = expiry(expires);
        UUID incident;
        try {
            incident = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw forbidden();
        }
        if (sig == null || !links.verify(incident, expiresAt, sig)) {
            throw forbidden();
        }
        if (sharedLinks.revocation(incident).isPresent()) {
            throw new ProblemException(Problem.of(
                    Response.Status.GONE,
                    "The links to this incident were revoked: ask the security team if you still need it"));
        }
        return incident;
    }

    private long expiry(String expires) {
        // At most 12 digits: up to the year 33658, far past any link, and never a long overflow.
        if (expires == null || !expires.matches("[0-9]{1,12}")) {
            throw JsonBody.invalid(
                    "expires", "expires must be the link's expiry in seconds since 1970, as the link " + "gave it");
        }
        long seconds = Long.parseLong(expires);
        if (Instant.ofEpochSecond(seconds).isAfter(links.latestPossibleExpiry())) {
            throw JsonBody.invalid(
                    "expires", "No link of this server lasts that long: ask the security team for a " + "new one");
        }
        return seconds;
    }

    private static ProblemException forbidden() {
        return new ProblemException(Problem.of(
                Response.Status.FORBIDDEN,
                "This link is not valid or has expired: ask the security team for a new one"));
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
