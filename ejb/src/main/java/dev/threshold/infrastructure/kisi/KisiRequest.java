package dev.threshold.infrastructure.kisi;

import java.util.List;
import java.util.Objects;

/**
 * One call to Kisi, before it is sent.
 *
 * @param target path and query below the base URL, starting with {@code /}
 * @param jsonBody the body, or {@code null}
 * @param subject what is asked for, in words for error messages ("user 7")
 * @param secrets values in the body that must never be repeated in a message, even if Kisi echoes them back
 */
record KisiRequest(String method, String target, String jsonBody, String subject, List<String> secrets) {

    KisiRequest {
        Objects.requireNonNull(method);
        Objects.requireNonNull(target);
        Objects.requireNonNull(subject);
        secrets = List.copyOf(secrets);
    }

    static KisiRequest get(String target, String subject) {
        return new KisiRequest("GET", target, null, subject, List.of());
    }

    static KisiRequest post(String target, String jsonBody, String subject, List<String> secrets) {
        return new KisiRequest("POST", target, jsonBody, subject, secrets);
    }

    static KisiRequest patch(String target, String jsonBody, String subject, List<String> secrets) {
        return new KisiRequest("PATCH", target, jsonBody, subject, secrets);
    }

    /** Method and target only: the body may hold a signature key, and this string ends up in logs. */
    @Override
    public String toString() {
        return method + " " + target;
    }
}
