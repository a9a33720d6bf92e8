package dev.threshold.interfaces.audit.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditLog;
import dev.threshold.application.audit.AuditTrail;
import dev.threshold.domain.audit.AuditFilter;
import dev.threshold.interfaces.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/audit}, for admins: the audit trail, newest first. Filters: {@code actor} (account name),
 * {@code kind} ({@code account.role-changed}, or {@code account.} for every account kind), {@code from} and {@code to}
 * (ISO-8601 instants); paging with {@code offset} and {@code limit} (at most 500). Read only: the trail has no route
 * that changes or deletes a record.
 */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @RolesAllowed("admin")
    public String list(
            @QueryParam("actor") String actor,
            @QueryParam("kind") String kind,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        AuditFilter filter = new AuditFilter(
                blankToNull(actor),
                blankToNull(kind),
                QueryParameters.instant("from", from),
                QueryParameters.instant("to", to));
        AuditLog.Page page = log.list(filter, offset, limit);
        JsonArrayBuilder records = JSON.createArrayBuilder();
        page.records().forEach(r -> records.add(AuditTrail.toJson(r)));
        return JSON.createObjectBuilder()
                .add("total", page.total())
                .add("offset", offset)
                .add("records", records)
                .build()
                .toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
