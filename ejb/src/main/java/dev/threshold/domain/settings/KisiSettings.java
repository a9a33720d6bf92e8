package dev.threshold.domain.settings;

import dev.threshold.domain.access.KisiEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;

/**
 * The Kisi integration's settings (one row). The signature key and the API token are held only sealed (encrypted by
 * the infrastructure); this entity never sees them in clear.
 */
@Entity
@Table(name = "kisi_settings")
public class KisiSettings {

    static final int SINGLE_ROW = 1;
    private static final String KISI_ID = "[A-Za-z0-9_-]{1,64}";

    @Id
    private Integer id;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(name = "place_id", nullable = false)
    private String placeId;

    @Column(name = "public_base_url")
    private String publicBaseUrl;

    @Column(name = "signature_key_secret")
    private String sealedSignatureKey;

    @Column(name = "api_token_secret")
    private String sealedApiToken;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected KisiSettings() {
        // for JPA
    }

    public KisiSettings(String organizationId, String placeId, String publicBaseUrl, Instant now, String by) {
        this.id = SINGLE_ROW;
        configure(organizationId, placeId, publicBaseUrl, now, by);
    }

    /** Sets the plain settings, all validated before any is changed. */
    public void configure(String newOrganizationId, String newPlaceId, String newPublicBaseUrl, Instant now,
                          String by) {
        String organization = kisiId("organizationId", "Organization ID", newOrganizationId);
        String place = kisiId("placeId", "Place ID", newPlaceId);
        String baseUrl = publicBaseUrl(newPublicBaseUrl);
        this.organizationId = organization;
        this.placeId = place;
        this.publicBaseUrl = baseUrl;
        touch(now, by);
    }

    public void replaceSignatureKey(String sealed, Instant now, String by) {
        this.sealedSignatureKey = Objects.requireNonNull(sealed, "sealed");
        touch(now, by);
    }

    public void clearSignatureKey(Instant now, String by) {
        this.sealedSignatureKey = null;
        touch(now, by);
    }

    public void replaceApiToken(String sealed, Instant now, String by) {
        this.sealedApiToken = Objects.requireNonNull(sealed, "sealed");
        touch(now, by);
    }

    public void clearApiToken(Instant now, String by) {
        this.sealedApiToken = null;
        touch(now, by);
    }

    /**
     * True only when the event names exactly the organization and place this server serves. An event that names
     * none (or only one of them) cannot show that it is ours, and is refused like a foreign one: a door of another
     * place must never be judged here on the strength of a missing field.
     */
    public boolean servesEventOf(KisiEvent event) {
        return organizationId.equals(event.organizationId()) && placeId.equals(event.placeId());
    }

    private void touch(Instant now, String by) {
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    static String kisiId(String field, String label, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidSettingsException(field, label + " is required: find it in Kisi's dashboard");
        }
        if (!trimmed.matches(KISI_ID)) {
            throw new InvalidSettingsException(field, label + " is Kisi's id: up to 64 digits or letters");
        }
        return trimmed;
    }

    /** The address Kisi can reach this server at, as http(s)://host[:port][/path], without a trailing slash. */
    static String publicBaseUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                    || uri.getUserInfo() != null || trimmed.length() > 500) {
                throw new URISyntaxException(trimmed, "not a plain http(s) address");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new InvalidSettingsException("publicBaseUrl",
                    "Public base URL must be this server's address as Kisi reaches it, e.g. https://threshold.example.com");
        }
    }

    public String organizationId() { return organizationId; }
    public String placeId() { return placeId; }
    public String publicBaseUrl() { return publicBaseUrl; }
    public String sealedSignatureKey() { return sealedSignatureKey; }
    public String sealedApiToken() { return sealedApiToken; }
    public boolean hasSignatureKey() { return sealedSignatureKey != null; }
    public boolean hasApiToken() { return sealedApiToken != null; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
