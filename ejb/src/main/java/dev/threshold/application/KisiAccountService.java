package dev.threshold.application;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.infrastructure.kisi.EnsuredIntegration;
import dev.threshold.infrastructure.kisi.KisiClient;
import dev.threshold.infrastructure.kisi.KisiConnectionCheck;
import dev.threshold.infrastructure.kisi.KisiLock;
import dev.threshold.infrastructure.kisi.KisiLockPage;
import dev.threshold.infrastructure.kisi.KisiUser;
import dev.threshold.infrastructure.kisi.ThresholdWebhook;
import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * What Threshold asks of Kisi's API with the admin's API token: test the connection, list the place's locks, look up
 * a person, and create (or update) the event-webhook integration that posts to this server. Failures reach the admin
 * in words ({@link dev.threshold.infrastructure.kisi.KisiApiException}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction held open while Kisi answers
public class KisiAccountService {

    private static final Logger LOG = Logger.getLogger(KisiAccountService.class.getName());

    @Inject
    KisiSettingsService settings;

    @Inject
    KisiClients clients;

    @RolesAllowed(Roles.ADMIN)
    public KisiConnectionCheck testConnection() {
        return client().checkConnection(placeId());
    }

    @RolesAllowed(Roles.ADMIN)
    public List<KisiLock> locks() {
        return client().locks(placeId());
    }

    /** One page of the place's locks whose name matches the query (blank: all), searched by Kisi. */
    @RolesAllowed(Roles.ADMIN)
    public KisiLockPage lockPage(String query, long offset, int limit) {
        return client().lockPage(placeId(), query, offset, limit);
    }

    public KisiUser user(String userId) {
        return client().user(userId);
    }

    /**
     * Makes Kisi post this server's lock events to {@code <public base URL>/kisi/events}, signed with a new key that
     * is stored (sealed) at once: an existing Threshold integration is updated rather than duplicated.
     */
    @RolesAllowed(Roles.ADMIN)
    public EnsuredIntegration createIntegration(String by) {
        KisiSettingsView current = settings.currentSettings();
        if (current.publicBaseUrl() == null) {
            throw new InvalidValueException("publicBaseUrl",
                    "Set the public base URL first: the address at which Kisi reaches this server");
        }
        String signatureKey = KisiSignature.newKey();
        EnsuredIntegration integration = client().ensureIntegration(current.publicBaseUrl(), signatureKey,
                ThresholdWebhook.LOCK_EVENTS);
        settings.storeGeneratedSignatureKey(signatureKey, by);
        LOG.info(() -> "Kisi integration " + integration.integrationId() + " " + integration.outcome()
                .name().toLowerCase() + " by " + by + " for " + ThresholdWebhook.eventsUrl(current.publicBaseUrl()));
        return integration;
    }

    private KisiClient client() {
        String token = settings.apiToken().orElseThrow(() -> new InvalidValueException("apiToken",
                "Set the Kisi API token in Kisi settings first"));
        return clients.forToken(token);
    }

    private String placeId() {
        String placeId = settings.currentSettings().placeId();
        if (placeId == null) {
            throw new InvalidValueException("placeId", "Save the Organization ID and Place ID first");
        }
        return placeId;
    }
}
