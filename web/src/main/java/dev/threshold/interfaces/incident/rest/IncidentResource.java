package dev.threshold.interfaces.incident.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.camera.NotRecordedException;
import dev.threshold.application.incident.IncidentDetails;
import dev.threshold.application.incident.IncidentEvidence;
import dev.threshold.application.incident.IncidentService;
import dev.threshold.application.incident.IncidentSummary;
import dev.threshold.application.kisi.KisiPlaceService;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.incident.DoorReviewRecord;
import dev.threshold.domain.incident.IncidentFilter;
import dev.threshold.domain.incident.IncidentKind;
import dev.threshold.domain.incident.IncidentStatus;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import dev.threshold.interfaces.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /api/incidents}: tailgating and forced-entry incidents. Admins and operators list, open and review them:
 * {@code POST /api/incidents/{id}/confirm} or {@code /dismiss} with {@code {"reason":"…"}} (a dismissal needs one);
 * the reviewer is the signed-in account. {@code GET /api/incidents/doors}: per door, how incidents were reviewed.
 * An incident resting on low-confidence crossings only says {@code "doubtful":true} and, until reviewed,
 * {@code "needsReview":true} ({@code ?needsReview=true} lists those); each occurrence carries its crossing's {@code confidence} and {@code doubtful}.
 */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    KisiPlaceService kisiPlaces;

    @Inject
    IncidentEvidence evidence;

    @Inject
    AuditTrail audit;

    @GET
    public String list(
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("door") String lockId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("needsReview") String needsReview,
            @QueryParam("place") String place,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        IncidentFilter filter = new IncidentFilter(
                QueryParameters.choice("status", status, IncidentStatus.class),
                QueryParameters.choice("kind", kind, IncidentKind.class),
                lockId == null || lockId.isBlank() ? null : lockId.strip(),
                QueryParameters.instant("from", from),
                QueryParameters.instant("to", to),
                QueryParameters.flag("needsReview", needsReview),
                PlaceSelection.parse(place));
        kisiPlaces.refuseUnknown(filter.place());
        IncidentService.Page page = incidents.list(filter, offset, limit);
        JsonArrayBuilder found = JSON.createArrayBuilder();
        page.incidents().forEach(i -> found.add(toJson(i)));
        return JSON.createObjectBuilder()
                .add("total", page.total())
                .add("incidents", found)
                .build()
                .toString();
    }

    @GET
    @Path("/doors")
    public String reviewRecords() {
        JsonArrayBuilder doors = JSON.createArrayBuilder();
        for (DoorReviewRecord r : incidents.reviewRecords()) {
            doors.add(JSON.createObjectBuilder()
                    .add("lockId", r.lockId())
                    .add("door", r.doorName() == null ? r.lockId() : r.doorName())
                    .add("incidents", r.incidents())
                    .add("confirmed", r.confirmed())
                    .add("dismissed", r.dismissed())
                    .add("awaitingReview", r.awaitingReview())
                    .add("dismissedShare", Math.round(r.dismissedShare() * 1000) / 1000.0));
        }
        return doors.build().toString();
    }

    @GET
    @Path("/{id}")
    public String open(@PathParam("id") String id) {
        return toJson(found(incidents.open(QueryParameters.uuid("id", id)), id)).toString();
    }

    /** The occurrence's picture: the camera's recording at that moment, grid drawn, the person's tiles red. */
    @GET
    @Path("/{id}/occurrences/{position}/snapshot")
    @Produces("image/jpeg")
    public Response occurrenceSnapshot(@PathParam("id") String id, @PathParam("position") int position)
            throws NotRecordedException {
        byte[] jpeg = evidence.occurrenceSnapshot(QueryParameters.uuid("id", id), position)
                .orElseThrow(() -> new NotFoundException(
                        "No occurrence " + position + " of incident " + id + " seen by a camera"));
        audit.recordAlone(
                "video.snapshot-downloaded",
                "incident/" + id,
                JSON.createObjectBuilder().add("occurrence", position).build());
        return Response.ok(jpeg, "image/jpeg")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public String confirm(@PathParam("id") String id, String body, @Context SecurityContext security) {
        return review(id, body, security, incidents::confirm);
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public String dismiss(@PathParam("id") String id, String body, @Context SecurityContext security) {
        return review(id, body, security, incidents::dismiss);
    }

    /** A review decision: (incident, reviewer, reason) → the incident after it, if there is such an incident. */
    private interface Decision {
        Optional<IncidentDetails> take(UUID incident, String reviewer, String reason);
    }

    private static String review(String id, String body, SecurityContext security, Decision decision) {
        String reason =
                body == null || body.isBlank() ? null : JsonBody.parse(body).text("reason");
        String reviewer = security.getUserPrincipal().getName();
        return toJson(found(decision.take(QueryParameters.uuid("id", id), reviewer, reason), id))
                .toString();
    }

    private static IncidentDetails found(Optional<IncidentDetails> details, String id) {
        return details.orElseThrow(() -> new NotFoundException("No incident " + id));
    }

    static JsonObject toJson(IncidentSummary i) {
        return summary(i).build();
    }

    private static JsonObjectBuilder summary(IncidentSummary i) {
        return JSON.createObjectBuilder()
                .add("id", i.id().toString())
                .add("kind", i.kind())
                .add("status", i.status())
                .add("lockId", i.lockId())
                .add("door", i.doorName())
                .add("windowStart", i.windowStart().toString())
                .add("windowEnd", i.windowEnd().toString())
                .add("grants", i.grants())
                .add("entries", i.entries())
                .add("unauthorised", i.unauthorised())
                .add("kisiTailgate", i.kisiTailgate())
                .add("doubtful", i.doubtful())
                .add("needsReview", i.needsReview())
                .add("createdAt", i.createdAt().toString())
                .add("updatedAt", i.updatedAt().toString());
    }

    static JsonObject toJson(IncidentDetails d) {
        JsonArrayBuilder occurrences = JSON.createArrayBuilder();
        for (IncidentDetails.Occurrence o : d.occurrences()) {
            JsonObjectBuilder json =
                    JSON.createObjectBuilder().add("position", o.position()).add("at", o.at().toString());
            optional(json, "cameraId", o.cameraId());
            optional(json, "camera", o.cameraName());
            optional(json, "crossingId", o.crossingId());
            if (o.confidence() == null) {
                json.addNull("confidence");
            } else {
                json.add("confidence", Math.round(o.confidence() * 100) / 100.0);
            }
            occurrences.add(json.add("doubtful", o.doubtful()));
        }
        JsonArrayBuilder grants = JSON.createArrayBuilder();
        for (IncidentDetails.Grant g : d.grants()) {
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("accessEventId", g.accessEventId().toString())
                    .add("at", g.at().toString());
            optional(json, "actorId", g.actorId());
            optional(json, "actorName", g.actorName());
            optional(json, "actorEmail", g.actorEmail());
            grants.add(json);
        }
        JsonArrayBuilder cameras = JSON.createArrayBuilder();
        d.cameras()
                .forEach(c -> cameras.add(
                        JSON.createObjectBuilder().add("id", c.id().toString()).add("name", c.name())));
        JsonObjectBuilder json = summary(d.summary())
                .add("occurrences", occurrences)
                .add("grantEvents", grants)
                .add("cameras", cameras);
        optional(json, "reviewedBy", d.reviewedBy());
        optional(json, "reviewReason", d.reviewReason());
        optional(json, "reviewedAt", d.reviewedAt());
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value instanceof Instant || value instanceof UUID ? value.toString() : (String) value);
        }
    }
}
