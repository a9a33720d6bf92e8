package dev.threshold.interfaces.kisi;

import dev.threshold.application.AccessEventService;
import dev.threshold.application.RecordedEvent;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.interfaces.rest.Problem;
import dev.threshold.interfaces.rest.ProblemException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Kisi's event webhook. Answers 2xx only once the event is committed, so that Kisi retries anything not stored;
 * answers 200 without change for an event stored before (Kisi may deliver twice).
 */
@Path("/kisi/events")
public class KisiWebhookResource {

    /** Kisi events are a few hundred bytes; anything near this is not one. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    AccessEventService accessEvents;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body)
            throws IOException {
        if (contentLength != null && contentLength > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        KisiEvent event = KisiEventParser.parse(readAtMost(body, MAX_BODY_BYTES));
        RecordedEvent recorded = record(event);
        return Response.status(recorded.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(toJson(recorded))
                .build();
    }

    /** Two deliveries of one event may race; the loser's unique-key violation means "stored already". */
    private RecordedEvent record(KisiEvent event) {
        try {
            return accessEvents.recordEvent(event);
        } catch (EJBException e) {
            return accessEvents.findRecorded(event.uuid()).orElseThrow(() -> e);
        }
    }

    private static byte[] readAtMost(InputStream body, int limit) throws IOException {
        byte[] bytes = body.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw tooLarge();
        }
        return bytes;
    }

    private static ProblemException tooLarge() {
        return new ProblemException(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "A Kisi event body may be at most " + MAX_BODY_BYTES + " bytes"));
    }

    private static String toJson(RecordedEvent recorded) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        recorded.labels().forEach(labels::add);
        return Json.createObjectBuilder()
                .add("id", recorded.event().id().toString())
                .add("uuid", recorded.event().kisiUuid())
                .add("duplicate", recorded.duplicate())
                .add("labels", labels)
                .build()
                .toString();
    }
}
