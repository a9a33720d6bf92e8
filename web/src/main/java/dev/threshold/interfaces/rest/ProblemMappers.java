package dev.threshold.interfaces.rest;

import dev.threshold.application.camera.LivePictureUnavailableException;
import dev.threshold.application.camera.NotRecordedException;
import dev.threshold.application.camera.UploadRefusedException;
import dev.threshold.application.camera.VideoBusyException;
import dev.threshold.application.health.NodeHealth;
import dev.threshold.application.kisi.KisiCallFailedException;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.incident.IncidentReviewException;
import dev.threshold.failure.Causes;
import io.undertow.server.RequestTooBigException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of every endpoint leaves as problem+json: bad input as 400 naming the field, JAX-RS errors with their
 * own status, an unreachable database as 503 (so that Kisi retries later), anything else as 500 without internals.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.problem().toResponse();
        }
    }

    @Provider
    public static class InvalidValueMapper implements ExceptionMapper<InvalidValueException> {
        @Override
        public Response toResponse(InvalidValueException e) {
            return Problem.invalidField(e.field(), e.getMessage()).toResponse();
        }
    }

    /** A review the incident does not allow: 400 naming the field, or 409 when the incident's state is at fault. */
    @Provider
    public static class IncidentReviewMapper implements ExceptionMapper<IncidentReviewException> {
        @Override
        public Response toResponse(IncidentReviewException e) {
            return e.field() != null
                    ? Problem.invalidField(e.field(), e.getMessage()).toResponse()
                    : Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
        }
    }

    /** Kisi's API refused or failed: the admin reads what to fix; 502 because the fault is upstream of us. */
    @Provider
    public static class KisiCallFailedMapper implements ExceptionMapper<KisiCallFailedException> {
        @Override
        public Response toResponse(KisiCallFailedException e) {
            return new Problem(502, "Kisi API call failed", e.getMessage(), null).toResponse();
        }
    }

    /** A snapshot or clip of a time the camera has no recording of: the detail says which span is kept. */
    @Provider
    public static class NotRecordedMapper implements ExceptionMapper<NotRecordedException> {
        @Override
        public Response toResponse(NotRecordedException e) {
            return new Problem(404, "No recording", e.getMessage(), null).toResponse();
        }
    }

    /** An upload refused for the server's state: the camera's slot is taken (409), the disk quota used up (413). */
    @Provider
    public static class UploadRefusedMapper implements ExceptionMapper<UploadRefusedException> {
        @Override
        public Response toResponse(UploadRefusedException e) {
            return e.reason() == UploadRefusedException.Reason.SLOT_TAKEN
                    ? Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse()
                    : new Problem(413, "Content Too Large", e.getMessage(), null).toResponse();
        }
    }

    /** Clip cutting and snapshot rendering are all taken: 503 with Retry-After, nothing was started. */
    @Provider
    public static class VideoBusyMapper implements ExceptionMapper<VideoBusyException> {
        @Override
        public Response toResponse(VideoBusyException e) {
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage())
                            .toResponse())
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
    }

    /** No live picture of a camera now (every live stream taken, or no fresh frame): 503 saying why. */
    @Provider
    public static class LivePictureUnavailableMapper implements ExceptionMapper<LivePictureUnavailableException> {
        @Override
        public Response toResponse(LivePictureUnavailableException e) {
            Response problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage())
                    .toResponse();
            return e.retryAfterSeconds() == null
                    ? problem
                    : Response.fromResponse(problem)
                            .header("Retry-After", e.retryAfterSeconds())
                            .build();
        }
    }

    /**
     * The stored secrets cannot be opened (the key is missing, unreadable or was changed): an outage of this server's
     * configuration, answered 503 so that Kisi retries its events once an admin has mended it. The caller may be
     * anyone (the webhook is open), so the answer does not say what is wrong: SecretBox logged that, once. Told by
     * {@link NodeHealth#secretsUnavailable}, whether the failure came as itself or wrapped by the EJB container.
     */
    static final class SecretsUnavailable {
        static final int RETRY_AFTER_SECONDS = 60;

        private SecretsUnavailable() {}

        static Response response() {
            return Response.fromResponse(Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "Threshold cannot open its "
                                            + "stored secrets; an administrator must mend the server's secrets key (see its log). "
                                            + "Nothing was stored.")
                            .toResponse())
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
    }

    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (bodyTooLarge(e)) {
                return tooLarge();
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            return new Problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), null).toResponse();
        }
    }

    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

        private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

        @Override
        public Response toResponse(Exception e) {
            if (bodyTooLarge(e)) {
                return tooLarge();
            }
            // Refusals in words, should an EJB container have wrapped them (ejb-jar.xml declares them not to).
            Throwable refusal = Causes.first(
                            e.getCause(), t -> t instanceof VideoBusyException || t instanceof UploadRefusedException)
                    .orElse(null);
            if (refusal instanceof VideoBusyException busy) {
                return new VideoBusyMapper().toResponse(busy);
            }
            if (refusal instanceof UploadRefusedException refused) {
                return new UploadRefusedMapper().toResponse(refused);
            }
            if (NodeHealth.secretsUnavailable(e)) {
                return SecretsUnavailable.response();
            }
            Optional<String> refused = RefusedInput.in(e);
            if (refused.isPresent()) {
                LOG.log(Level.WARNING, "Refused a request's content: " + e);
                return Problem.of(Response.Status.BAD_REQUEST, refused.get()).toResponse();
            }
            if (NodeHealth.databaseUnavailable(e)) {
                LOG.log(Level.WARNING, "Database unavailable: " + e);
                return Problem.of(
                                Response.Status.SERVICE_UNAVAILABLE,
                                "The database is unavailable; nothing was stored. Retry later.")
                        .toResponse();
            }
            LOG.log(Level.SEVERE, "Unexpected error", e);
            return Problem.of(
                            Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.")
                    .toResponse();
        }
    }

    /**
     * A body without a declared length (chunked) that went over the request's limit while it was read: Undertow
     * stopped reading it (dev.threshold.interfaces.http.BodyLimitHandler); the client is told why, not a 500.
     */
    static boolean bodyTooLarge(Throwable e) {
        return Causes.any(e, RequestTooBigException.class::isInstance);
    }

    private static Response tooLarge() {
        return new Problem(
                        413,
                        "Content Too Large",
                        "The request body is larger than this route takes "
                                + "(64 KiB, threshold.http.max-body-kib; footage and clips: threshold.footage.max-mb)",
                        null)
                .toResponse();
    }
}
