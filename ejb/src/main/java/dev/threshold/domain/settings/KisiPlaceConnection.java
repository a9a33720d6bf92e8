package dev.threshold.domain.settings;

import dev.threshold.domain.access.KisiEvent;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * What Threshold holds of any Kisi place it serves, the first ({@link KisiSettings}) or a further one
 * ({@link KisiPlace}): the Kisi ids its events must name, its signature key and API token (only sealed: encrypted by
 * the infrastructure, never seen here in clear), and who changed it last.
 */
@MappedSuperclass
public abstract class KisiPlaceConnection {

    private static final String KISI_ID = "[A-Za-z0-9_-]{1,64}";

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(name = "place_id", nullable = false)
    private String placeId;

    @Column(name = "signature_key_secret")
    private String sealedSignatureKey;

    @Column(name = "api_token_secret")
    private String sealedApiToken;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** Sets the Kisi ids, both validated before either is changed. */
    protected void identify(String newOrganizationId, String newPlaceId, Instant now, String by) {
        String organization = kisiId("organizationId", "Organization ID", newOrganizationId);
        String place = kisiId("placeId", "Place ID", newPlaceId);
        this.organizationId = organization;
        this.placeId = place;
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
     * True only when the event names exactly this organization and place. An event that names none (or only one of
     * them) cannot show that it is ours, and is refused like a foreign one: a door of another place must never be
     * judged here on the strength of a missing field.
     */
    public boolean servesEventOf(KisiEvent event) {
        return organizationId.equals(event.organizationId()) && placeId.equals(event.placeId());
    }

    protected void touch(Instant now, String by) {
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

    public String organizationId() {
        return organizationId;
    }

    public String placeId() {
        return placeId;
    }

    public String sealedSignatureKey() {
        return sealedSignatureKey;
    }

    public String sealedApiToken() {
        return sealedApiToken;
    }

    public boolean hasSignatureKey() {
        return sealedSignatureKey != null;
    }

    public boolean hasApiToken() {
        return sealedApiToken != null;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
