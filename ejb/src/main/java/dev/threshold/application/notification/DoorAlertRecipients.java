package dev.threshold.application.notification;

import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.AlertRecipients;
import dev.threshold.domain.alert.DoorAlertDefaults;
import dev.threshold.domain.alert.DoorAlertRule;
import dev.threshold.domain.alert.DoorAlertRuleRepository;
import dev.threshold.domain.notification.EmailSettings;
import dev.threshold.domain.notification.EmailSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is told about a kind of event at a door: the door's own rule for the kind, else the default
 * ({@link DoorAlertDefaults}, which reads the E-mail settings for tailgating). Read in the caller's transaction.
 */
@ApplicationScoped
public class DoorAlertRecipients {

    @Inject
    DoorAlertRuleRepository rules;

    @Inject
    EmailSettingsRepository emailSettings;

    /** One kind at one door (the webhook's and the incident e-mails' question). */
    public AlertRecipients of(String lockId, AlertKind kind) {
        return rules.find(lockId, kind).map(DoorAlertRule::recipients).orElseGet(() -> defaultOf(kind));
    }

    /** Every kind at one door, each marked whether it is the door's own rule or the default. */
    public Map<AlertKind, DoorAlertsView.Setting> allOf(String lockId) {
        Map<AlertKind, DoorAlertsView.Setting> all = new EnumMap<>(AlertKind.class);
        rules.ofDoor(lockId).forEach(r -> all.put(r.kind(), new DoorAlertsView.Setting(r.recipients(), false)));
        for (AlertKind kind : AlertKind.values()) {
            all.computeIfAbsent(kind, k -> new DoorAlertsView.Setting(defaultOf(k), true));
        }
        return all;
    }

    private AlertRecipients defaultOf(AlertKind kind) {
        Optional<EmailSettings> saved = emailSettings.find();
        return DoorAlertDefaults.of(
                kind,
                saved.map(EmailSettings::securityAddresses).orElse(List.of()),
                saved.map(EmailSettings::notifyPeople).orElse(true));
    }
}
