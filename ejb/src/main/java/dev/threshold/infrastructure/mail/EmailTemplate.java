package dev.threshold.infrastructure.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A Mustache template for an e-mail: a one-line subject and an HTML body. */
public record EmailTemplate(String subject, String body) {

    /** The template of a fresh installation, and what "Use default" goes back to. */
    public static final EmailTemplate DEFAULT =
            new EmailTemplate(resource("default-subject.mustache").strip(), resource("default-body.html.mustache"));

    /** The e-mail of a door alert (a forced-open door, a held-open door, a burst of denied badges). */
    public static final EmailTemplate DOOR_ALERT = new EmailTemplate(
            resource("door-alert-subject.mustache").strip(), resource("door-alert-body.html.mustache"));

    public EmailTemplate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** The given parts, each falling back to the default's when null (not customised). */
    public static EmailTemplate orDefault(String subject, String body) {
        return new EmailTemplate(subject == null ? DEFAULT.subject() : subject, body == null ? DEFAULT.body() : body);
    }

    private static String resource(String name) {
        try (InputStream in = EmailTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the default e-mail template " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
