package dev.threshold.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.mail.EmailRenderer;
import dev.threshold.infrastructure.mail.EmailTemplate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A doubtful incident's e-mail sent before any review says the count is uncertain, with any template. */
class UncertainCountTest {

    private final EmailRenderer renderer = new EmailRenderer();

    @Test
    void theDefaultTemplateOpensWithTheWarningAndTheSubjectSaysIt() {
        var email = UncertainCount.mark(renderer.render(
                EmailTemplate.DEFAULT,
                Map.of(
                        "kind",
                        "tailgating",
                        "door",
                        "Front door",
                        "time",
                        "29 Nov 2026, 08:00:05 UTC",
                        "recipient",
                        "Ada",
                        "tailgaters",
                        1)));
        assertEquals(
                "Uncertain count: Threshold: tailgating at Front door, 29 Nov 2026, 08:00:05 UTC", email.subject());
        int note = email.body().indexOf("The count is uncertain.");
        assertTrue(note > email.body().indexOf("<body") && note < email.body().indexOf("Hello Ada"), email.body());
    }

    @Test
    void aCustomTemplateWithoutABodyTagGetsItFirst() {
        var email = UncertainCount.mark(renderer.render(
                new EmailTemplate("{{kind}}", "<p>{{door}}</p>"), Map.of("kind", "tailgating", "door", "Annex")));
        assertEquals("Uncertain count: tailgating", email.subject());
        assertTrue(email.body().startsWith(UncertainCount.NOTE) && email.body().endsWith("<p>Annex</p>"), email.body());
    }
}
