package dev.threshold.application.kisi;

import java.util.Objects;

/**
 * What calling Kisi's API for one place needs: the place's name (for messages), its Kisi place id and its API token
 * in clear (memory only, never logged: {@link #toString()} leaves it out).
 */
public record KisiPlaceAccess(String name, String organizationId, String kisiPlaceId, String apiToken) {

    public KisiPlaceAccess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(kisiPlaceId, "kisiPlaceId");
        Objects.requireNonNull(apiToken, "apiToken");
    }

    @Override
    public String toString() {
        return "KisiPlaceAccess[" + name + ", organization " + organizationId + ", place " + kisiPlaceId
                + "]"; // no token
    }
}
