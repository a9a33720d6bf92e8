package dev.threshold.infrastructure.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders e-mail templates with Mustache (mustache.java). In the HTML body every value is HTML-escaped, so a door
 * or person named {@code <script>} stays text; the subject is a mail header, not HTML: its values are inserted as they
 * are, with line breaks removed (a header cannot be split by a value). Partials ({@code {{> file}}}) are refused: a
 * template must not read files of the server.
 */
public final class EmailRenderer {

    private final MustacheFactory html = new DefaultMustacheFactory(name -> null);
    private final MustacheFactory plain = new DefaultMustacheFactory(name -> null) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** The e-mail for these values. */
    public RenderedEmail render(EmailTemplate template, Map<String, ?> values) {
        String subject = run(compile(plain, "subject", template.subject()), values)
                .replaceAll("[\\r\\n\\t]+", " ")
                .strip();
        return new RenderedEmail(subject, run(compile(html, "body", template.body()), values));
    }

    /** Refuses a template that does not compile, naming the part ("subject" or "body") and the reason. */
    public void check(EmailTemplate template) {
        compile(plain, "subject", template.subject());
        compile(html, "body", template.body());
    }

    private static Mustache compile(MustacheFactory factory, String part, String template) {
        try {
            return factory.compile(new StringReader(template), part);
        } catch (MustacheException e) {
            throw new InvalidTemplateException(part, "The " + part + " template is not valid Mustache: " + reason(e));
        }
    }

    private static String run(Mustache mustache, Map<String, ?> values) {
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, values).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MustacheException e) {
            throw new InvalidTemplateException(null, "The template cannot be rendered: " + reason(e));
        }
        return out.toString();
    }

    private static String reason(MustacheException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("@\\[(subject|body):(\\d+)]", "(line $2)");
    }

    /** The rendered subject line and HTML body. */
    public record RenderedEmail(String subject, String body) {}

    /** A template that does not compile; {@code part} is "subject", "body", or null. */
    public static class InvalidTemplateException extends IllegalArgumentException {

        private final String part;

        InvalidTemplateException(String part, String message) {
            super(message);
            this.part = part;
        }

        public String part() {
            return part;
        }
    }
}
