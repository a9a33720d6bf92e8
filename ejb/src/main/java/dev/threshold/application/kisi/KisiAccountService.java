package dev.threshold.application.kisi;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.user.Roles;
import dev.threshold.infrastructure.kisi.EnsuredIntegration;
import dev.threshold.infrastructure.kisi.KisiApiException;
import dev.threshold.infrastructure.kisi.KisiClient;
import dev.threshold.infrastructure.kisi.KisiConnectionCheck;
import dev.threshold.infrastructure.kisi.KisiLockPage;
import dev.threshold.infrastructure.kisi.KisiUser;
import dev.threshold.infrastructure.kisi.ThresholdWebhook;
import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What Threshold asks of Kisi's API, each place with its own API token ({@link KisiPlaceTokens}): test a place's
 * connection, search its locks, look up a person at a door, and create (or update) the event-webhook integration that
 * posts to this server. Failures reach the admin
 * in words ({@link KisiCallFailedException}); the pages and resources see the application's records, not the client's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction held open while Kisi answers
public class KisiAccountService {

    private static final Logger LOG = Logger.getLogger(KisiAccountService.class.getName());

    /** The most locks one search page may ask for. */
    public static final int MAX_LOCK_PAGE = KisiClient.MAX_SEARCH_PAGE;

    @Inject
    KisiSettingsService settings;

    @Inject
    KisiClients clients;

    @Inject
    KisiPlaceTokens tokens;

    @Inject
    KisiPlaceService placeKeys;

    /** Tests a place's connection with its own token: can it list that place's locks? */
    @RolesAllowed(Roles.ADMIN)
    public KisiConnectionView testConnection(PlaceSelection place) {
        KisiPlaceAccess access = tokens.of(place);
        KisiConnectionCheck check =
                askKisi(() -> clients.forToken(access.apiToken()).checkConnection(access.kisiPlaceId()));
        return new KisiConnectionView(check.placeId(), check.lockCount(), check.summary());
    }

    /** One page of a place's locks whose name matches the query (blank: all), searched by Kisi with its token. */
    @RolesAllowed(Roles.ADMIN)
    public KisiLockPageView lockPage(PlaceSelection place, String query, long offset, int limit) {
        KisiPlaceAccess access = tokens.of(place);
        KisiLockPage page =
                askKisi(() -> clients.forToken(access.apiToken()).lockPage(access.kisiPlaceId(), query, offset, limit));
        return new KisiLockPageView(
                page.locks().stream()
                        .map(lock -> new KisiLockView(lock.id(), lock.name(), lock.placeId()))
                        .toList(),
                page.offset(),
                page.total() == KisiLockPage.UNKNOWN ? KisiLockPageView.UNKNOWN : page.total());
    }

    /**
     * A Kisi user as the organisation of the door's place knows them, asked with that place's token: a user id of one
     * organisation names someone else (or no one) in another.
     */
    public KisiUser userAtDoor(String lockId, String userId) {
        return clients.forToken(tokens.ofDoor(lockId).apiToken()).user(userId);
    }

    /**
     * Makes Kisi post the lock events of a place's organization to {@code <public base URL>/kisi/events}, signed with
     * a new key that is stored (sealed) at once on every place of that organization: an existing Threshold
     * integration is updated rather than duplicated. Asked with the place's own token.
     */
    @RolesAllowed(Roles.ADMIN)
    public KisiIntegrationView createIntegration(PlaceSelection place, String by) {
        KisiSettingsView current = settings.currentSettings();
        if (current.publicBaseUrl() == null) {
            throw new InvalidValueException(
                    "publicBaseUrl", "Set the public base URL first: the address at which Kisi reaches this server");
        }
        KisiPlaceAccess access = tokens.of(place);
        String signatureKey = KisiSignature.newKey();
        EnsuredIntegration integration = askKisi(() -> clients.forToken(access.apiToken())
                .ensureIntegration(current.publicBaseUrl(), signatureKey, ThresholdWebhook.LOCK_EVENTS));
        placeKeys.storeGeneratedSignatureKey(access.organizationId(), signatureKey, by);
        LOG.info(() -> "Kisi integration " + integration.integrationId() + " "
                + integration.outcome().name().toLowerCase() + " by " + by + " for " + access.name() + " (organization "
                + access.organizationId() + "): " + ThresholdWebhook.eventsUrl(current.publicBaseUrl()));
        return new KisiIntegrationView(integration.integrationId(), integration.created());
    }

    /** The client's failure as the application's, in the same words (they never hold a token or key). */
    private static <T> T askKisi(Supplier<T> call) {
        try {
            return call.get();
        } catch (KisiApiException e) {
            throw new KisiCallFailedException(e.getMessage(), e);
        }
    }
}
