package dev.threshold.domain.alert;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.notification.EmailAddresses;
import java.util.List;

/**
 * Who is told about one kind of door event at one door: security addresses and, for tailgating only, the badge
 * holders. Neither means nobody.
 */
public record AlertRecipients(List<String> securityAddresses, boolean badgeHolder) {

    public static final AlertRecipients NOBODY = new AlertRecipients(List.of(), false);

    public AlertRecipients {
        securityAddresses = List.copyOf(securityAddresses);
    }

    /**
     * Checked recipients of {@code kind}: each address one (duplicates dropped), the badge holder only for tailgating.
     *
     * @throws InvalidValueException naming {@code <kind>.securityAddresses} or {@code <kind>.badgeHolder}
     */
    public static AlertRecipients of(AlertKind kind, List<String> addresses, boolean badgeHolder) {
        if (badgeHolder && !kind.hasBadgeHolder()) {
            throw new InvalidValueException(
                    kind.apiName() + ".badgeHolder",
                    "Only tailgating has a badge holder to " + "tell; " + kind.apiName()
                            + " alerts go to security addresses or nobody");
        }
        try {
            return new AlertRecipients(EmailAddresses.parse(addresses), badgeHolder);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(kind.apiName() + ".securityAddresses", e.getMessage());
        }
    }

    public boolean nobody() {
        return securityAddresses.isEmpty() && !badgeHolder;
    }
}
