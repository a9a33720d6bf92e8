package dev.threshold.domain.settings;

import dev.threshold.domain.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A further Kisi place (or organisation) this server serves, besides the first one in {@link KisiSettings}: its name,
 * its Kisi ids, and its own signature key and API token, held only sealed ({@link KisiPlaceConnection}).
 */
@Entity
@Table(name = "kisi_place")
public class KisiPlace extends KisiPlaceConnection {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

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
        identify(newOrganizationId, newPlaceId, now, by);
        this.name = validName;
    }

    private static String validName(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidSettingsException(
                    "name",
                    "A place's name is required, at most " + MAX_NAME_LENGTH
                            + " characters: the console shows it in the place selectors");
        }
        return trimmed;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
