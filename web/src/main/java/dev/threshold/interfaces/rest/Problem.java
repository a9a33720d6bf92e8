package dev.threshold.interfaces.rest;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An HTTP error as RFC 9457 problem details ({@code application/problem+json}): a title a person reads, a detail
 * saying what to change, and, for bad input, the field at fault.
 */
public record Problem(int status, String title, String detail, String field) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(Response.Status status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    public static Problem invalidField(String field, String detail) {
        return new Problem(400, "Invalid request", detail, field);
    }

    public Response toResponse() {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body.build().toString())
                .build();
    }
}
