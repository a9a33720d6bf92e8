package dev.threshold.application.webhook;

import dev.threshold.domain.access.InvalidKisiEventException;
import dev.threshold.domain.access.KisiEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The Kisi webhook's rules, in the order Kisi meets them: is the body signed with a served place's key (unsigned events only when
 * {@code threshold.kisi.allow-unsigned} is on and no place has a key), is it one well-formed event, does the event name
 * that place, is it recent enough to be no replay ({@link WebhookTrust}), then store it once. One call,
 * {@link #receive}: the web layer only maps its outcomes to HTTP.
 */
@ApplicationScoped // not an EJB: it holds no transaction (its steps have their own) and runs on every request
public class KisiWebhookService {

    private static final Logger LOG = Logger.getLogger(KisiWebhookService.class.getName());
    private static final AtomicBoolean WARNED_UNSIGNED = new AtomicBoolean();

    @Inject
    WebhookPolicy policy;

    @Inject
    WebhookQueue queue;

    @Inject
    WebhookCounters counters;

    @Inject
    WebhookTrust trust;

    @Inject
    Clock clock;

    /**
     * Verifies, parses and stores one delivery.
     *
     * @param body            the request's raw body, exactly as signed
     * @param signatureHeader Kisi's {@code X-Signature}, or null
     * @return completes once the event is durably stored or found stored before; exceptionally when it was not stored
     * @throws WebhookRefusedException  SIGNATURE, FOREIGN or UNTIMELY (see {@link #authenticate}, {@link #accept})
     * @throws InvalidKisiEventException a body that is not one valid Kisi event
     */
    public CompletionStage<RecordedEvent> receive(byte[] body, String signatureHeader) {
        WebhookOrigin origin = authenticate(body, signatureHeader);
        KisiEvent event;
        try {
            event = KisiEventParser.parse(body);
        } catch (InvalidKisiEventException invalid) {
            counters.invalid();
            throw invalid;
        }
        return accept(event, origin);
    }

    /**
     * Tries the body's signature against every configured place's key.
     *
     * @return the places whose key signed the body; or, when no place has a key and
     *         {@code threshold.kisi.allow-unsigned} is on, every place, unsigned
     * @throws WebhookRefusedException SIGNATURE when the signature is missing or matches no place's key, or no key is
     *         configured
     */
    WebhookOrigin authenticate(byte[] body, String signatureHeader) {
        ServedPlaces places = policy.current().places();
        if (!places.anyKey()) {
            if (!trust.allowUnsigned()) {
                counters.refusedSignature();
                throw new WebhookRefusedException(
                        WebhookRefusedException.Reason.SIGNATURE,
                        "No Kisi signature key is set on this server, so no event can be trusted: set the signature "
                                + "key (console: Kisi settings, or PUT /api/settings/kisi with \"signatureKey\"), "
                                + "or create the integration from Threshold, which sets one");
            }
            if (WARNED_UNSIGNED.compareAndSet(false, true)) {
                LOG.warning("Kisi events are accepted unsigned: no signature key is set (console: Settings). "
                        + "Anyone who can reach /kisi/events can post events.");
            }
            return new WebhookOrigin(false, places);
        }
        ServedPlaces signing = places.signing(body, signatureHeader);
        if (signing.isEmpty()) {
            counters.refusedSignature();
            throw new WebhookRefusedException(
                    WebhookRefusedException.Reason.SIGNATURE,
                    signatureHeader == null
                            ? "X-Signature is missing: events must be signed with a configured place's signature key"
                            : "X-Signature does not match the body under any configured place's signature key");
        }
        return new WebhookOrigin(true, signing);
    }

    /**
     * Stores the event unless it is foreign; a redelivered event (same uuid) changes nothing, also when two
     * deliveries race. The event is committed together with those that arrive with it (group commit), attributed to
     * the place it names among those its signature allows (a new door joins that place).
     *
     * @return completes once the event is durably stored or found stored before; exceptionally when it was not stored
     * @throws WebhookRefusedException FOREIGN, at once, for an event that names no place its signature allows (or
     *         none while places exist); UNTIMELY for one older than the replay window or dated in the future
     */
    CompletionStage<RecordedEvent> accept(KisiEvent event, WebhookOrigin origin) {
        String untimely = trust.untimely(event.createdAt(), clock.instant());
        if (untimely != null) {
            counters.refusedUntimely();
            LOG.warning(() -> "Refused Kisi event " + event.uuid() + ": " + untimely);
            throw new WebhookRefusedException(WebhookRefusedException.Reason.UNTIMELY, untimely);
        }
        Optional<ServedPlace> place = origin.candidates().servingEventOf(event);
        boolean anyPlace = origin.signed() || !origin.candidates().isEmpty();
        if (anyPlace && place.isEmpty()) {
            counters.refusedForeign();
            LOG.warning(() -> "Refused Kisi event " + event.uuid() + " of organization " + event.organizationId()
                    + ", place " + event.placeId() + ": its signature allows only "
                    + origin.candidates().all());
            throw new WebhookRefusedException(
                    WebhookRefusedException.Reason.FOREIGN,
                    event.organizationId() == null || event.placeId() == null
                            ? "The event names no organization_id or place_id; this server takes only events of "
                                    + "the places it serves"
                            : "This server serves no such Kisi organization and place under this signature key");
        }
        boolean signed = origin.signed();
        UUID placeId = place.map(ServedPlace::id).orElse(null);
        return queue.record(new ReceivedKisiEvent(event, signed, placeId)).thenApply(recorded -> {
            if (recorded.duplicate()) {
                counters.duplicate();
            } else {
                counters.stored(signed);
            }
            return recorded;
        });
    }
}
