package dev.threshold.application.notification;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.AlertRecipients;
import dev.threshold.domain.notification.EmailDelivery;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import dev.threshold.domain.notification.EmailSettings;
import dev.threshold.domain.notification.EmailSettingsRepository;
import dev.threshold.infrastructure.mail.EmailRenderer;
import dev.threshold.infrastructure.mail.EmailTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells people about a new incident by e-mail: the people whose grants opened the window (when the settings say so)
 * and the configured security addresses (for tailgating, those of the door's tailgating alert). Called inside the transaction that creates the incident, it only writes the
 * rendered e-mails as deliveries: they leave after the commit ({@link EmailDispatcher}), so a mail server that is
 * down never loses or delays an incident, and an incident rolled back sends nothing. The e-mails of a doubtful
 * incident are written held when its door says so ({@link HeldEmails} lets them go), or else say that the count is
 * uncertain ({@link UncertainCount}).
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    @Inject
    EmailDeliveryRepository deliveries;

    @Inject
    EmailSettingsRepository settings;

    @Inject
    IncidentLinks links;

    @Inject
    DoorAlertRecipients doorAlerts;

    @Inject
    AuditTrail audit;

    @Inject
    Event<EmailsQueued> queued;

    @Inject
    @ConfigProperty(name = "threshold.mail.time-zone", defaultValue = "UTC")
    String timeZone;

    @Inject
    Clock clock;

    private final EmailRenderer renderer = new EmailRenderer();

    /**
     * Writes the e-mails about {@code notice} in the caller's transaction. Never throws: whatever goes wrong here is
     * logged, and the caller's incident is committed all the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyAbout(IncidentNotice notice) {
        notifyAbout(notice, null);
    }

    /**
     * As {@link #notifyAbout(IncidentNotice)}, for an incident at the door {@code lockId}: tailgating goes to the
     * recipients of the door's tailgating alert ({@link DoorAlertRecipients}; by default the E-mail settings' ones).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyAbout(IncidentNotice notice, String lockId) {
        try {
            queue(notice, lockId);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "The e-mails about incident " + notice.incidentId() + " could not be written; "
                            + "the incident is kept",
                    e);
        }
    }

    private void queue(IncidentNotice notice, String lockId) {
        Optional<EmailSettings> saved = settings.find();
        EmailTemplate template = saved.map(s -> EmailTemplate.orDefault(s.subjectTemplate(), s.bodyTemplate()))
                .orElse(EmailTemplate.DEFAULT);
        AlertRecipients recipients = lockId != null && IncidentNotice.TAILGATING.equals(notice.kind())
                ? doorAlerts.of(lockId, AlertKind.TAILGATING)
                : new AlertRecipients(
                        saved.map(EmailSettings::securityAddresses).orElse(List.of()),
                        saved.map(EmailSettings::notifyPeople).orElse(true));
        boolean notifyPeople = recipients.badgeHolder();
        Instant now = clock.instant();
        Instant linkExpires = links.expiryOfNewLinks();
        String consoleLink = links.consoleLink(notice.incidentId());
        String signedLink = links.signedLink(notice.incidentId(), linkExpires);
        ZoneId zone = ZoneId.of(timeZone);

        Set<String> addressed = new HashSet<>();
        Set<String> kisiUsers = new HashSet<>();
        int count = 0;
        if (notifyPeople) {
            for (IncidentNotice.Person person : notice.people()) {
                var email = render(
                        notice,
                        template,
                        IncidentEmailValues.of(notice, person.name(), consoleLink, signedLink, linkExpires, zone));
                if (person.email() != null) {
                    if (addressed.add(person.email().toLowerCase(Locale.ROOT))) {
                        deliveries.store(held(
                                notice,
                                EmailDelivery.to(
                                        notice.incidentId(),
                                        person.name(),
                                        person.email(),
                                        email.subject(),
                                        email.body(),
                                        now)));
                        count++;
                    }
                } else if (person.actorId() != null) {
                    if (kisiUsers.add(person.actorId())) {
                        deliveries.store(held(
                                notice,
                                EmailDelivery.toKisiUser(
                                        notice.incidentId(),
                                        person.name(),
                                        person.actorId(),
                                        email.subject(),
                                        email.body(),
                                        now)));
                        count++;
                    }
                } else {
                    LOG.info(() -> "Incident " + notice.incidentId() + ": " + person.name()
                            + " has neither an e-mail address nor a Kisi user id; not e-mailed");
                }
            }
        }
        for (String address : recipients.securityAddresses()) {
            if (addressed.add(address.toLowerCase(Locale.ROOT))) {
                var email = render(
                        notice,
                        template,
                        IncidentEmailValues.of(notice, null, consoleLink, signedLink, linkExpires, zone));
                deliveries.store(held(
                        notice,
                        EmailDelivery.to(notice.incidentId(), null, address, email.subject(), email.body(), now)));
                count++;
            }
        }
        if (count > 0) {
            audit.record(
                    "link.created",
                    "incident/" + notice.incidentId(),
                    null,
                    JSON.createObjectBuilder()
                            .add("expires", linkExpires.toString())
                            .add("emails", count)
                            .build());
            if (!notice.held()) {
                queued.fire(new EmailsQueued(count));
            }
        }
    }

    private static EmailDelivery held(IncidentNotice notice, EmailDelivery delivery) {
        if (notice.held()) {
            delivery.hold();
        }
        return delivery;
    }

    /** A doubtful incident's e-mail sent before any review says that its count is uncertain, whatever the template. */
    private EmailRenderer.RenderedEmail render(
            IncidentNotice notice, EmailTemplate template, Map<String, Object> values) {
        EmailRenderer.RenderedEmail email = render(template, values);
        return notice.uncertain() ? UncertainCount.mark(email) : email;
    }

    /** A custom template that fails at rendering (it passed the check when saved) falls back to the default one. */
    private EmailRenderer.RenderedEmail render(EmailTemplate template, Map<String, Object> values) {
        try {
            return renderer.render(template, values);
        } catch (RuntimeException e) {
            if (template.equals(EmailTemplate.DEFAULT)) {
                throw e;
            }
            LOG.warning(() -> "The e-mail template cannot be rendered (" + e.getMessage() + "); the default is used");
            return renderer.render(EmailTemplate.DEFAULT, values);
        }
    }
}
