package dev.threshold.application;

import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.settings.KisiSettings;
import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The Kisi webhook's rules, in the order Kisi meets them: is the body signed with our key (unsigned events only when
 * {@code threshold.kisi.allow-unsigned} is on and no key is set), does the event belong to our organization and
 * place, is it recent enough to be no replay ({@link WebhookTrust}), then store it once. Parsing the JSON is the web
 * layer's.
 */
@ApplicationScoped // not an EJB: it holds no transaction (its steps have their own) and runs on every request
public class KisiWebhookService {

    private static final Logger LOG = Logger.getLogger(KisiWebhookService.class.getName());
    private static final AtomicBoolean WARNED_UNSIGNED = new AtomicBoolean();

    @Inject
    WebhookPolicy policy;

    @EJB
    WebhookGroupCommit groupCommit;

    @Inject
    WebhookCounters counters;

    @Inject
    WebhookTrust trust;

    @Inject
    Clock clock;

    /**
     * @return true if the body carries a valid signature, false if it was let in unsigned (no key is configured and
     *         {@code threshold.kisi.allow-unsigned} is on)
     * @throws WebhookRefusedException SIGNATURE when the signature is missing or wrong, or no key is configured
     */
    public boolean authenticate(byte[] body, String signatureHeader) {
        Optional<String> key = policy.current().signatureKey();
        if (key.isEmpty()) {
            if (!trust.allowUnsigned()) {
                counters.refusedSignature();
                throw new WebhookRefusedException(WebhookRefusedException.Reason.SIGNATURE,
                        "No Kisi signature key is set on this server, so no event can be trusted: set the signature "
                                + "key (console: Kisi settings, or PUT /api/settings/kisi with \"signatureKey\"), "
                                + "or create the integration from Threshold, which sets one");
            }
            if (WARNED_UNSIGNED.compareAndSet(false, true)) {
                LOG.warning("Kisi events are accepted unsigned: no signature key is set (console: Settings). "
                        + "Anyone who can reach /kisi/events can post events.");
            }
            return false;
        }
        if (!KisiSignature.verify(body, signatureHeader, key.get())) {
            counters.refusedSignature();
            throw new WebhookRefusedException(WebhookRefusedException.Reason.SIGNATURE, signatureHeader == null
                    ? "X-Signature is missing: events must be signed with the configured signature key"
                    : "X-Signature does not match the body and the configured signature key");
        }
        return true;
    }

    /**
     * Stores the event unless it is foreign; a redelivered event (same uuid) changes nothing, also when two
     * deliveries race. The event is committed together with those that arrive with it (group commit).
     *
     * @return completes once the event is durably stored or found stored before; exceptionally when it was not stored
     * @throws WebhookRefusedException FOREIGN, at once, for an event of another organization or place (or of none
     *         while settings exist); UNTIMELY for one older than the replay window or dated in the future
     */
    public CompletionStage<RecordedEvent> accept(KisiEvent event, boolean signed) {
        String untimely = trust.untimely(event.createdAt(), clock.instant());
        if (untimely != null) {
            counters.refusedUntimely();
            LOG.warning(() -> "Refused Kisi event " + event.uuid() + ": " + untimely);
            throw new WebhookRefusedException(WebhookRefusedException.Reason.UNTIMELY, untimely);
        }
        Optional<KisiSettings> current = policy.current().settings();
        if (current.isPresent() && !current.get().servesEventOf(event)) {
            counters.refusedForeign();
            LOG.warning(() -> "Refused Kisi event " + event.uuid() + " of organization " + event.organizationId()
                    + ", place " + event.placeId() + ": this server serves organization "
                    + current.get().organizationId() + ", place " + current.get().placeId());
            throw new WebhookRefusedException(WebhookRefusedException.Reason.FOREIGN,
                    event.organizationId() == null || event.placeId() == null
                            ? "The event names no organization_id or place_id; this server takes only events of "
                                    + "its own organization and place"
                            : "This server serves another Kisi organization or place");
        }
        return groupCommit.record(new ReceivedKisiEvent(event, signed)).thenApply(recorded -> {
            if (recorded.duplicate()) {
                counters.duplicate();
            } else {
                counters.stored(signed);
            }
            return recorded;
        });
    }
}
