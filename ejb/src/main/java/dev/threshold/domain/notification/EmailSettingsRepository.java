package dev.threshold.domain.notification;

import java.util.Optional;

/** Where the e-mail settings are kept: none until an admin first saves them (the defaults apply until then). */
public interface EmailSettingsRepository {

    Optional<EmailSettings> find();

    void store(EmailSettings settings);
}
