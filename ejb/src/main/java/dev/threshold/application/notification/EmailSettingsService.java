package dev.threshold.application.notification;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.audit.AuditedState;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import dev.threshold.domain.notification.EmailSettings;
import dev.threshold.domain.notification.EmailSettingsRepository;
import dev.threshold.domain.settings.InvalidSettingsException;
import dev.threshold.domain.user.Roles;
import dev.threshold.infrastructure.mail.EmailRenderer;
import dev.threshold.infrastructure.mail.EmailTemplate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mail settings: who is told about incidents, the template (checked before it is saved; "Use default" goes
 * back to the default one), a preview with sample data, and the deliveries with their state.
 */
@Stateless
public class EmailSettingsService {

    private static final Logger LOG = Logger.getLogger(EmailSettingsService.class.getName());
    /** The incident of every preview: not a real one, so that its links lead nowhere. */
    static final UUID SAMPLE_INCIDENT = UUID.fromString("00000000-0000-0000-0000-000000000000");

    @Inject
    EmailSettingsRepository settings;

    @Inject
    EmailDeliveryRepository deliveries;

    @Inject
    IncidentLinks links;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "threshold.mail.time-zone", defaultValue = "UTC")
    String timeZone;

    private final EmailRenderer renderer = new EmailRenderer();

    public EmailSettingsView currentSettings() {
        return settings.find().map(EmailSettingsView::of).orElseGet(EmailSettingsView::defaults);
    }

    /**
     * Validates everything, then saves; an invalid field changes nothing. A template equal to the default one is
     * saved as "default", so that it follows the default when a new version of Threshold improves it.
     */
    @RolesAllowed(Roles.ADMIN)
    public EmailSettingsView saveSettings(
            boolean notifyPeople,
            List<String> securityAddresses,
            String subjectTemplate,
            String bodyTemplate,
            String by) {
        String subject = customised(subjectTemplate, EmailTemplate.DEFAULT.subject());
        String body = customised(bodyTemplate, EmailTemplate.DEFAULT.body());
        check(EmailTemplate.orDefault(subject, body));
        JsonObject before = settings.find().map(AuditedState::email).orElse(null);
        EmailSettings saved = findOrCreate(by);
        saved.configure(notifyPeople, securityAddresses, subject, body, clock.instant(), by);
        audit.record(by, "settings.email-changed", "settings/email", before, AuditedState.email(saved));
        LOG.info(() -> "E-mail settings saved by " + by + ": "
                + saved.securityAddresses().size()
                + " security addresses, people involved " + (saved.notifyPeople() ? "" : "not ") + "notified, "
                + (saved.usesDefaultTemplate() ? "default" : "custom") + " template");
        return EmailSettingsView.of(saved);
    }

    /** "Use default": the default subject and body again. */
    @RolesAllowed(Roles.ADMIN)
    public EmailSettingsView useDefaultTemplate(String by) {
        JsonObject before = settings.find().map(AuditedState::email).orElse(null);
        EmailSettings saved = findOrCreate(by);
        saved.useDefaultTemplate(clock.instant(), by);
        audit.record(by, "settings.email-changed", "settings/email", before, AuditedState.email(saved));
        return EmailSettingsView.of(saved);
    }

    /**
     * The e-mail a template gives for a sample incident (Ada Lovelace badged in at the Front door, one person
     * followed); null parts are the saved template's. Nothing is saved or sent.
     */
    @RolesAllowed(Roles.ADMIN)
    public EmailPreview preview(String subjectTemplate, String bodyTemplate) {
        EmailSettingsView current = currentSettings();
        EmailTemplate template = new EmailTemplate(
                subjectTemplate == null ? current.subjectTemplate() : subjectTemplate,
                bodyTemplate == null ? current.bodyTemplate() : bodyTemplate);
        check(template);
        Instant now = clock.instant();
        IncidentNotice sample = new IncidentNotice(
                SAMPLE_INCIDENT,
                IncidentNotice.TAILGATING,
                "Front door",
                now.minus(Duration.ofMinutes(3)),
                now.minus(Duration.ofMinutes(3)).plusSeconds(10),
                1,
                List.of(new IncidentNotice.Person("7", "Ada Lovelace", "ada@example.com")));
        Instant linkExpires = links.expiryOfNewLinks();
        try {
            EmailRenderer.RenderedEmail email = renderer.render(
                    template,
                    IncidentEmailValues.of(
                            sample,
                            "Ada Lovelace",
                            links.consoleLink(SAMPLE_INCIDENT),
                            links.signedLink(SAMPLE_INCIDENT, linkExpires),
                            linkExpires,
                            ZoneId.of(timeZone)));
            return new EmailPreview(email.subject(), email.body());
        } catch (EmailRenderer.InvalidTemplateException e) {
            throw new InvalidSettingsException("bodyTemplate", e.getMessage());
        }
    }

    public List<EmailDeliveryView> deliveriesOf(UUID incidentId) {
        return deliveries.ofIncident(incidentId).stream()
                .map(EmailDeliveryView::of)
                .toList();
    }

    public List<EmailDeliveryView> latestDeliveries(int limit) {
        return deliveries.latest(Math.max(1, Math.min(limit, 500))).stream()
                .map(EmailDeliveryView::of)
                .toList();
    }

    private EmailSettings findOrCreate(String by) {
        return settings.find().orElseGet(() -> {
            EmailSettings fresh = new EmailSettings(clock.instant(), by);
            settings.store(fresh);
            return fresh;
        });
    }

    private void check(EmailTemplate template) {
        try {
            renderer.check(template);
        } catch (EmailRenderer.InvalidTemplateException e) {
            throw new InvalidSettingsException(
                    "body".equals(e.part()) ? "bodyTemplate" : "subjectTemplate", e.getMessage());
        }
    }

    private static String customised(String template, String defaultTemplate) {
        if (template == null || template.isBlank() || template.strip().equals(defaultTemplate.strip())) {
            return null;
        }
        return template;
    }
}
