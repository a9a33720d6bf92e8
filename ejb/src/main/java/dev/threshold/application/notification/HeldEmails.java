package dev.threshold.application.notification;

import dev.threshold.domain.notification.EmailDelivery;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The e-mails held back with a doubtful incident (its door holds them until a review), let go or dropped in the
 * transaction that decides: released when a reviewer confirms the incident or its count becomes certain, cancelled
 * when it is dismissed. The state is the deliveries' rows, so a restart loses nothing, and only a held row moves:
 * re-judging or reviewing again never sends an e-mail twice.
 */
@ApplicationScoped
public class HeldEmails {

    private static final Logger LOG = Logger.getLogger(HeldEmails.class.getName());

    @Inject
    EmailDeliveryRepository deliveries;

    @Inject
    Event<EmailsQueued> queued;

    @Inject
    Clock clock;

    /** @return how many held e-mails are sent now */
    @Transactional(Transactional.TxType.MANDATORY)
    public int release(UUID incidentId) {
        int released = 0;
        for (EmailDelivery delivery : deliveries.ofIncident(incidentId)) {
            if (delivery.release(clock.instant())) {
                released++;
            }
        }
        if (released > 0) {
            int count = released;
            LOG.info(() -> "Incident " + incidentId + ": " + count + " held e-mail(s) released");
            queued.fire(new EmailsQueued(released));
        }
        return released;
    }

    /** @return how many held e-mails will never be sent */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancel(UUID incidentId) {
        int cancelled = 0;
        for (EmailDelivery delivery : deliveries.ofIncident(incidentId)) {
            if (delivery.cancel()) {
                cancelled++;
            }
        }
        return cancelled;
    }
}
