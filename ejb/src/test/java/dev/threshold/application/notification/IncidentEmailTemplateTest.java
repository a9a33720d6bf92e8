package dev.threshold.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.mail.EmailRenderer;
import dev.threshold.infrastructure.mail.EmailTemplate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The incident e-mail as a recipient reads it: every variable filled in, and nothing in it taken for HTML. */
class IncidentEmailTemplateTest {

    private static final UUID INCIDENT = UUID.fromString("3f2c1a00-0000-4000-8000-000000000001");
    private static final Instant START = Instant.parse("2026-11-29T08:00:05Z");
    private static final String CONSOLE = "https://threshold.example.com/ui/incident.xhtml?id=" + INCIDENT;
    private static final String SIGNED =
            "https://threshold.example.com/shared/incidents/" + INCIDENT + "?expires=1796000000&sig=abc_-123";

    private final EmailRenderer renderer = new EmailRenderer();

    private static Map<String, Object> values(IncidentNotice notice, String recipient) {
        return IncidentEmailValues.of(
                notice, recipient, CONSOLE, SIGNED, Instant.parse("2026-12-06T08:00:00Z"), ZoneId.of("UTC"));
    }

    private static IncidentNotice notice(String door, int tailgaters, IncidentNotice.Person... people) {
        return new IncidentNotice(
                INCIDENT, IncidentNotice.TAILGATING, door, START, START.plusSeconds(10), tailgaters, List.of(people));
    }

    @Test
    void theDefaultTemplateFillsInEveryVariable() {
        IncidentNotice notice = notice("Front door", 1, new IncidentNotice.Person("7", "Ada Lovelace", null));
        EmailRenderer.RenderedEmail email = renderer.render(EmailTemplate.DEFAULT, values(notice, "Ada Lovelace"));

        assertEquals("Threshold: tailgating at Front door, 29 Nov 2026, 08:00:05 UTC", email.subject());
        assertTrue(email.body().contains("Hello Ada Lovelace,"), email.body());
        assertTrue(email.body().contains("<strong>1</strong> more person\nwalked in"), email.body());
        assertTrue(email.body().contains("after the badge of Ada Lovelace"), email.body());
        assertTrue(email.body().contains("<strong>Front door</strong> on 29 Nov 2026, 08:00:05 UTC"), email.body());
        // Links sit in href attributes: '&' and '=' escaped as HTML character references, which browsers decode.
        assertTrue(
                email.body()
                        .contains("href=\"https://threshold.example.com/shared/incidents/" + INCIDENT
                                + "?expires&#61;1796000000&amp;sig&#61;abc_-123\""),
                email.body());
        assertTrue(
                email.body()
                        .contains("href=\"https://threshold.example.com/ui/incident.xhtml?id&#61;" + INCIDENT + "\""),
                email.body());
        assertTrue(email.body().contains("until 6 Dec 2026, 08:00:00 UTC"), email.body());
        assertFalse(email.body().contains("{{"), "no variable left unrendered: " + email.body());
    }

    @Test
    void valuesAreHtmlEscapedInTheBodyAndPlainInTheSubject() {
        IncidentNotice notice = notice(
                "<script>alert(1)</script> & \"Lab\"",
                2,
                new IncidentNotice.Person("7", "O'Brien <ob@evil>", "ob@example.com"),
                new IncidentNotice.Person("8", "Alan Turing", null));
        EmailRenderer.RenderedEmail email = renderer.render(
                new EmailTemplate("{{door}} / {{user}}", "<p>{{door}}</p><p>{{user}}</p><p>{{{door}}}</p>"),
                values(notice, null));

        assertEquals("<script>alert(1)</script> & \"Lab\" / O'Brien <ob@evil>, Alan Turing", email.subject());
        assertTrue(
                email.body()
                        .startsWith("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Lab&quot;</p>"
                                + "<p>O&#39;Brien &lt;ob@evil&gt;, Alan Turing</p>"),
                email.body());
        assertFalse(email.body().substring(0, email.body().lastIndexOf("<p>")).contains("<script>"), email.body());
    }

    @Test
    void aLineBreakInAValueCannotSplitTheSubjectHeader() {
        IncidentNotice notice = notice("Front door\r\nBcc: everyone@example.com", 1);
        EmailRenderer.RenderedEmail email =
                renderer.render(new EmailTemplate("At {{door}}", "x"), values(notice, null));
        assertEquals("At Front door Bcc: everyone@example.com", email.subject());
    }

    @Test
    void sectionsFollowTheValues() {
        EmailTemplate template = new EmailTemplate(
                "s",
                "{{#user}}by {{user}}{{/user}}{{^user}}nobody badged in{{/user}}|"
                        + "{{#people}}[{{name}}]{{/people}}|{{tailgaters}} {{#one_tailgater}}person{{/one_tailgater}}"
                        + "{{^one_tailgater}}people{{/one_tailgater}}|{{recipient}}|{{kind}}");
        IncidentNotice forced = new IncidentNotice(
                INCIDENT, IncidentNotice.FORCED_ENTRY, "Back door", START, START.plusSeconds(10), 3, List.of());
        assertEquals(
                "nobody badged in||3 people|security team|forced entry",
                renderer.render(template, values(forced, null)).body());

        IncidentNotice two = notice(
                "Lab", 1, new IncidentNotice.Person("1", "Ada", null), new IncidentNotice.Person("2", "Alan", null));
        assertEquals(
                "by Ada, Alan|[Ada][Alan]|1 person|Ada|tailgating",
                renderer.render(template, values(two, "Ada")).body());
    }

    @Test
    void aBrokenTemplateIsRefusedNamingThePart() {
        var e = assertThrows(
                EmailRenderer.InvalidTemplateException.class,
                () -> renderer.check(new EmailTemplate("ok", "<p>{{#people}}unclosed</p>")));
        assertEquals("body", e.part());
        assertTrue(e.getMessage().startsWith("The body template is not valid Mustache"), e.getMessage());

        var subject = assertThrows(
                EmailRenderer.InvalidTemplateException.class,
                () -> renderer.check(new EmailTemplate("{{/door}}", "fine")));
        assertEquals("subject", subject.part());
    }

    @Test
    void aTemplateCannotReadFilesOfTheServer() {
        assertThrows(
                EmailRenderer.InvalidTemplateException.class,
                () -> renderer.check(new EmailTemplate("s", "{{> /etc/passwd}}")));
    }

    @Test
    void aPersonWithoutANameIsNamedByTheirKisiId() {
        assertEquals("Kisi user 9", new IncidentNotice.Person("9", " ", null).name());
        assertEquals(null, new IncidentNotice.Person("9", "Bo", " ").email());
        assertThrows(
                IllegalArgumentException.class,
                () -> new IncidentNotice(INCIDENT, "burglary", "d", START, START, 1, List.of()));
    }
}
