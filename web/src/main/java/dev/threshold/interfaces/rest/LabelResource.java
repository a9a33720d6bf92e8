package dev.threshold.interfaces.rest;

import dev.threshold.application.LabelSearchService;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/labels?q=entry unlocked}: the labels that match, newest first. */
@Path("/api/labels")
public class LabelResource {

    @Inject
    LabelSearchService search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LabelHit> find(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("100") int limit) {
        LabelQuery query;
        try {
            query = LabelQuery.parse(q);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(new Problem(400, "Invalid query", e.getMessage(), "q"));
        }
        if (limit < 1 || limit > LabelSearchService.MAX_RESULTS) {
            throw new ProblemException(new Problem(400, "Invalid query",
                    "limit must be between 1 and " + LabelSearchService.MAX_RESULTS, "limit"));
        }
        return search.findLabels(query, limit).stream().map(LabelHit::of).toList();
    }

    /** One search result. */
    public record LabelHit(String id, String label, String token, String actorToken, String door, String camera,
                           String actor, Instant occurredAt, String eventUuid, String eventType) {

        static LabelHit of(Label l) {
            var event = l.accessEvent();
            return new LabelHit(l.id().toString(), l.name(), l.token(), l.actorToken(), l.doorName(),
                    l.camera() == null ? null : l.camera().name(), l.actorName(), l.occurredAt(),
                    event == null ? null : event.kisiUuid(), event == null ? null : event.type());
        }
    }
}
