package dev.threshold.application.notification;

import dev.threshold.domain.settings.KisiSettings;
import dev.threshold.domain.settings.KisiSettingsRepository;
import dev.threshold.infrastructure.security.LinkSignature;
import dev.threshold.infrastructure.security.SecretBox;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links to an incident for e-mails: the console's page (needs a sign-in) and a signed, expiring link to its clip and
 * snapshots that needs none ({@code /shared/incidents/{id}?expires=…&sig=…}). The signature is an HMAC with a key
 * derived from the server's secrets key, so links stay valid across restarts and on every node sharing that key,
 * and cannot be forged or extended without it.
 * <p>
 * The address in the links is {@code threshold.console.base-url}; when it is not set, the public base URL of the
 * Kisi settings (the address this server is reached at), else {@code http://localhost:8080}.
 */
@ApplicationScoped
public class IncidentLinks {

    static final String PURPOSE = "incident-link";
    static final String FALLBACK_BASE_URL = "http://localhost:8080";

    @Inject
    SecretBox secrets;

    @Inject
    KisiSettingsRepository kisiSettings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "threshold.console.base-url")
    Optional<String> configuredBaseUrl;

    @Inject
    @ConfigProperty(name = "threshold.links.expiry-days", defaultValue = "7")
    int expiryDays;

    private LinkSignature signature;

    @PostConstruct
    void init() {
        if (expiryDays < 1) {
            throw new IllegalStateException("threshold.links.expiry-days must be at least 1, not " + expiryDays);
        }
        signature = new LinkSignature(secrets.derivedKey(PURPOSE), PURPOSE, clock);
    }

    /** A link that shows the incident's clip and snapshots without a sign-in, for the configured time. */
    public String signedLink(UUID incidentId) {
        return signedLink(incidentId, expiryOfNewLinks());
    }

    /** A signed link that expires at {@code expires} (rounded down to the second). */
    public String signedLink(UUID incidentId, Instant expires) {
        long epochSeconds = expires.getEpochSecond();
        return baseUrl() + "/shared/incidents/" + incidentId + "?expires=" + epochSeconds + "&sig="
                + signature.sign(incidentId, epochSeconds);
    }

    /** True only for a signature this server made for the id and expiry, before the expiry. */
    public boolean verify(UUID incidentId, long expiresEpochSeconds, String sig) {
        return signature.verify(incidentId, expiresEpochSeconds, sig);
    }

    /** The incident's console page; the console asks for a sign-in. */
    public String consoleLink(UUID incidentId) {
        return baseUrl() + "/ui/incident.xhtml?id=" + incidentId;
    }

    /**
     * The latest expiry a link of this server can carry now: a link signed now, with a day's grace for the clocks of
     * several nodes. A link claiming to last longer was not made here (400, not a signature check).
     */
    public Instant latestPossibleExpiry() {
        return expiryOfNewLinks().plus(Duration.ofDays(1));
    }

    /** When a link signed now expires. */
    public Instant expiryOfNewLinks() {
        return clock.instant().plus(Duration.ofDays(expiryDays));
    }

    public String baseUrl() {
        return configuredBaseUrl
                .filter(url -> !url.isBlank())
                .or(() -> kisiSettings.find().map(KisiSettings::publicBaseUrl))
                .orElse(FALLBACK_BASE_URL)
                .strip()
                .replaceAll("/+$", "");
    }
}
