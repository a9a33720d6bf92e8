package dev.threshold.application.notification;

import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.AlertRecipients;
import java.util.Map;

/**
 * A door's alert settings as the console and the API show them: for each kind, who is told and whether that is the
 * door's own choice or the default.
 */
public record DoorAlertsView(String lockId, String doorName, Map<AlertKind, Setting> kinds) {

    public DoorAlertsView {
        kinds = Map.copyOf(kinds);
    }

    /** @param isDefault the door has no rule of its own for the kind: the default applies (and follows it) */
    public record Setting(AlertRecipients recipients, boolean isDefault) {}
}
