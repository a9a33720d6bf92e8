package dev.threshold.application.notification;

import dev.threshold.domain.notification.EmailSettings;
import dev.threshold.infrastructure.mail.EmailTemplate;
import java.time.Instant;
import java.util.List;

/**
 * The e-mail settings as pages and the API show them: the template in force (the default one when not customised,
 * with {@code defaultTemplate} saying so). There are no secrets here: the SMTP server's credentials live in the
 * server's mail session.
 */
public record EmailSettingsView(
        boolean notifyPeople,
        List<String> securityAddresses,
        String subjectTemplate,
        String bodyTemplate,
        boolean defaultTemplate,
        Instant updatedAt,
        String updatedBy) {

    static EmailSettingsView of(EmailSettings s) {
        EmailTemplate template = EmailTemplate.orDefault(s.subjectTemplate(), s.bodyTemplate());
        return new EmailSettingsView(
                s.notifyPeople(),
                s.securityAddresses(),
                template.subject(),
                template.body(),
                s.usesDefaultTemplate(),
                s.updatedAt(),
                s.updatedBy());
    }

    static EmailSettingsView defaults() {
        return new EmailSettingsView(
                true, List.of(), EmailTemplate.DEFAULT.subject(), EmailTemplate.DEFAULT.body(), true, null, null);
    }
}
