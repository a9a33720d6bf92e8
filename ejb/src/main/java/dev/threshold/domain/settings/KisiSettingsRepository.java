package dev.threshold.domain.settings;

import java.util.Optional;

/** Where the Kisi settings are kept: none until an admin first saves them. */
public interface KisiSettingsRepository {

    Optional<KisiSettings> find();

    void store(KisiSettings settings);
}
