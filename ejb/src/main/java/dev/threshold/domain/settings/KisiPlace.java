package dev.threshold.domain.settings;

import dev.threshold.domain.TimeOrderedIds;
import dev.threshold.domain.access.KisiEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A further Kisi place (or organisation) this server serves, besides the first one in {@link KisiSettings}: its Kisi
 * ids, and its own signature key and API token, held only sealed (this entity never sees them in clear).
 */
@Entity
@Table(name = "kisi_place")
public class KisiPlace {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(name = "place_id", nullable = false)
    private String placeId;

    @Column(name = "signature_key_secret")
    private String sealedSignatureKey;

    @Column(name = "api_token_secret")
    private String sealedApiToken;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected KisiPlace() {
        // for JPA
    }

    public KisiPlace(String name, String organizationId, String placeId, Instant now, String by) {
        this.id = TimeOrderedIds.next();
        this.createdAt = Objects.requireNonNull(now, "now");
        configure(name, organizationId, placeId, now, by);
    }

    /** Sets the name and Kisi ids, all validated before any is changed. */
    public void configure(String newName, String newOrganizationId, String newPlaceId, Instant now, String by) {
        String validName = validName(newName);
        String organization = KisiSettings.kisiId("organizationId", "Organization ID", newOrganizationId);
        String place = KisiSettings.kisiId("placeId", "Place ID", newPlaceId);
        this.name = validName;
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

    /** True only when the event names exactly this place's organization and place, as for the first place. */
    public boolean servesEventOf(KisiEvent event) {
        return organizationId.equals(event.organizationId()) && placeId.equals(event.placeId());
    }

    private void touch(Instant now, String by) {
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    private static String validName(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidSettingsException("name", "A place's name is required, at most " + MAX_NAME_LENGTH
                    + " characters: the console shows it in the place selectors");
        }
        return trimmed;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String organizationId() { return organizationId; }
    public String placeId() { return placeId; }
    public String sealedSignatureKey() { return sealedSignatureKey; }
    public String sealedApiToken() { return sealedApiToken; }
    public boolean hasSignatureKey() { return sealedSignatureKey != null; }
    public boolean hasApiToken() { return sealedApiToken != null; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
