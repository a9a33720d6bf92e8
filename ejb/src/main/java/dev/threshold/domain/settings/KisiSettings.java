package dev.threshold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

/**
 * The Kisi integration's settings (one row): the first place this server serves, and the address Kisi reaches it at.
 * The signature key and the API token are held only sealed ({@link KisiPlaceConnection}).
 */
@Entity
@Table(name = "kisi_settings")
public class KisiSettings extends KisiPlaceConnection {

    static final int SINGLE_ROW = 1;

    @Id
    private Integer id;

    @Column(name = "public_base_url")
    private String publicBaseUrl;

    protected KisiSettings() {
        // for JPA
    }

    public KisiSettings(String organizationId, String placeId, String publicBaseUrl, Instant now, String by) {
        this.id = SINGLE_ROW;
        configure(organizationId, placeId, publicBaseUrl, now, by);
    }

    /** Sets the plain settings, all validated before any is changed. */
    public void configure(
            String newOrganizationId, String newPlaceId, String newPublicBaseUrl, Instant now, String by) {
        kisiId("organizationId", "Organization ID", newOrganizationId);
        kisiId("placeId", "Place ID", newPlaceId);
        String baseUrl = publicBaseUrl(newPublicBaseUrl);
        identify(newOrganizationId, newPlaceId, now, by);
        this.publicBaseUrl = baseUrl;
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
            if (!web
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null
                    || uri.getUserInfo() != null
                    || trimmed.length() > 500) {
                throw new URISyntaxException(trimmed, "not a plain http(s) address");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new InvalidSettingsException(
                    "publicBaseUrl",
                    "Public base URL must be this server's address as Kisi reaches it, e.g. https://threshold.example.com");
        }
    }

    public String publicBaseUrl() {
        return publicBaseUrl;
    }
}
