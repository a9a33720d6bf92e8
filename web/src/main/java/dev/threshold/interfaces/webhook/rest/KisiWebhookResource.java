package dev.threshold.interfaces.webhook.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.webhook.KisiWebhookService;
import dev.threshold.application.webhook.RecordedEvent;
import dev.threshold.application.webhook.WebhookBusyException;
import dev.threshold.application.webhook.WebhookCounters;
import dev.threshold.application.webhook.WebhookRefusedException;
import dev.threshold.interfaces.rest.Problem;
import dev.threshold.interfaces.rest.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kisi's event webhook. Answers 2xx only once the event is committed, so that Kisi retries anything not stored;
 * answers 200 without change for an event stored before (Kisi may deliver twice). In order: 413 for an oversize
 * body, 401 for a missing or wrong signature (when a key is set), 400 for a malformed event, 403 for another
 * organization's or place's event, 503 while the database is unavailable, and 503 with Retry-After when too many
 * events wait already, the server is stopping, or the commit is not confirmed in time. The event joins the next group
 * commit ({@code WebhookGroupCommit}) and the request thread waits for it: a few milliseconds, and under load
 * answering asynchronously cost more (suspending, resuming on another thread) than the waiting it saved.
 */
@Path("/kisi/events")
@ApplicationScoped // one instance: it holds nothing per request, and a new one for each request had to be injected
@PermitAll // Kisi has no account here: the event's signature is checked by the webhook service
public class KisiWebhookResource {

    /** Kisi events are a few hundred bytes; anything near this is not one. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    static final String SIGNATURE_HEADER = "X-Signature";

    /** A full queue drains within milliseconds; a stopping server is back (or replaced) within seconds. */
    static final int RETRY_AFTER_SECONDS = 1;

    /**
     * A commit takes milliseconds; one not done by then waits on a database that does not answer. Kisi is told to
     * retry: the event may be stored meanwhile, and the retry is then answered as the duplicate it is.
     */
    static final Duration COMMIT_WAIT = Duration.ofSeconds(30);

    @Inject
    KisiWebhookService webhook;

    @Inject
    WebhookCounters counters;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
            @HeaderParam(SIGNATURE_HEADER) String signature,
            InputStream body)
            throws IOException {
        if (contentLength != null && contentLength > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] raw = readAtMost(body, MAX_BODY_BYTES);
        try {
            return stored(webhook.receive(raw, signature)
                    .toCompletableFuture()
                    .get(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (WebhookRefusedException refused) {
            Response.Status status = refused.reason() == WebhookRefusedException.Reason.SIGNATURE
                    ? Response.Status.UNAUTHORIZED
                    : Response.Status.FORBIDDEN;
            throw new ProblemException(Problem.of(status, refused.getMessage()));
        } catch (ExecutionException notStored) {
            return notStored(notStored.getCause() != null ? notStored.getCause() : notStored);
        } catch (TimeoutException slow) {
            return retryLater("The event's commit was not confirmed within " + COMMIT_WAIT.toSeconds()
                    + " s; retry it (a stored event is answered as a duplicate)");
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return retryLater("The server is shutting down; retry later");
        }
    }

    private static Response stored(RecordedEvent recorded) {
        return Response.status(recorded.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(toJson(recorded))
                .build();
    }

    /**
     * A refused or failed event: 503 with Retry-After when the queue is full or the server stops (nothing was
     * stored; Kisi retries), otherwise the failure as every endpoint answers it (503 for a database outage).
     */
    private static Response notStored(Throwable failure) {
        if (failure instanceof WebhookBusyException busy) {
            return retryLater(busy.getMessage());
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime; // mapped like any endpoint's failure (ProblemMappers)
        }
        throw new IllegalStateException(failure);
    }

    private static Response retryLater(String why) {
        return Response.fromResponse(
                        Problem.of(Response.Status.SERVICE_UNAVAILABLE, why).toResponse())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private byte[] readAtMost(InputStream body, int limit) throws IOException {
        byte[] bytes = body.readNBytes(limit + 1);
        if (bytes.length > limit) {
            counters.invalid();
            throw tooLarge();
        }
        return bytes;
    }

    private static ProblemException tooLarge() {
        return new ProblemException(Problem.of(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "A Kisi event body may be at most " + MAX_BODY_BYTES + " bytes"));
    }

    private static String toJson(RecordedEvent recorded) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        recorded.labels().forEach(labels::add);
        return JSON.createObjectBuilder()
                .add("id", recorded.event().id().toString())
                .add("uuid", recorded.event().kisiUuid())
                .add("duplicate", recorded.duplicate())
                .add("labels", labels)
                .build()
                .toString();
    }
}
