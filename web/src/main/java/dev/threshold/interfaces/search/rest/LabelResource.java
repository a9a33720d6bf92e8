package dev.threshold.interfaces.search.rest;

import dev.threshold.application.search.LabelSearchService;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelFilter;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.Problem;
import dev.threshold.interfaces.rest.ProblemException;
import dev.threshold.interfaces.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/labels?q=entry unlocked -denied&camera=&door=&from=&to=}: the labels that match, newest first,
 * on one camera (id), at one door (Kisi lock id) and in [from, to) if asked.
 */
@Path("/api/labels")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class LabelResource {

    @Inject
    LabelSearchService search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LabelHit> find(
            @QueryParam("q") String q,
            @QueryParam("camera") String camera,
            @QueryParam("door") String door,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("place") String place,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        LabelQuery query;
        try {
            query = LabelQuery.parse(q);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(new Problem(400, "Invalid query", e.getMessage(), "q"));
        }
        if (limit < 1 || limit > LabelSearchService.MAX_RESULTS) {
            throw new ProblemException(new Problem(
                    400, "Invalid query", "limit must be between 1 and " + LabelSearchService.MAX_RESULTS, "limit"));
        }
        // An unknown camera or door is an InvalidValueException: a 400 naming it (ProblemMappers).
        LabelFilter filter = search.filter(
                camera == null || camera.isBlank() ? null : QueryParameters.uuid("camera", camera),
                door,
                QueryParameters.instant("from", from),
                QueryParameters.instant("to", to),
                PlaceSelection.parse(place));
        return search.findLabels(query, filter, limit).stream()
                .map(LabelHit::of)
                .toList();
    }

    /** One search result; {@code incidentId} is set on the label of an incident, {@code cameraId} on a camera's. */
    public record LabelHit(
            String id,
            String label,
            String token,
            String actorToken,
            String door,
            String camera,
            String cameraId,
            String incidentId,
            String actor,
            Instant occurredAt,
            String eventUuid,
            String eventType) {

        static LabelHit of(Label l) {
            var event = l.accessEvent();
            return new LabelHit(
                    l.id().toString(),
                    l.name(),
                    l.token(),
                    l.actorToken(),
                    l.doorName(),
                    l.camera() == null ? null : l.camera().name(),
                    l.camera() == null ? null : l.camera().id().toString(),
                    l.incidentId() == null ? null : l.incidentId().toString(),
                    l.actorName(),
                    l.occurredAt(),
                    event == null ? null : event.kisiUuid(),
                    event == null ? null : event.type());
        }
    }
}
