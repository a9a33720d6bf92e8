package dev.threshold.domain.alert;

import java.util.List;

/**
 * Who is told when a door has no rule of its own for a kind: what Threshold did before door alerts existed.
 * Tailgating goes to the E-mail settings' recipients (its security addresses, and the badge holders when "notify
 * people" is on); forced open, held open and denied-badge bursts go to nobody.
 */
public final class DoorAlertDefaults {

    private DoorAlertDefaults() {}

    /**
     * @param emailSettingsAddresses the E-mail settings' security addresses
     * @param notifyPeople           the E-mail settings' "notify the badge holders"
     */
    public static AlertRecipients of(AlertKind kind, List<String> emailSettingsAddresses, boolean notifyPeople) {
        return kind == AlertKind.TAILGATING
                ? new AlertRecipients(emailSettingsAddresses, notifyPeople)
                : AlertRecipients.NOBODY;
    }
}
