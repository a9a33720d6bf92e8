package dev.threshold.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRecipientsTest {

    @Test
    void addressesAreCheckedAndKeptOnceEach() {
        AlertRecipients recipients = AlertRecipients.of(
                AlertKind.FORCED_OPEN, List.of("SOC@example.com", "desk@example.com, soc@example.com"), false);
        assertEquals(List.of("soc@example.com", "desk@example.com"), recipients.securityAddresses());
        assertFalse(recipients.nobody());
    }

    @Test
    void anInvalidAddressNamesTheKindAndTheAddress() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> AlertRecipients.of(AlertKind.HELD_OPEN, List.of("soc@example.com", "not-an-address"), false));
        assertEquals("heldOpen.securityAddresses", e.field());
        assertTrue(e.getMessage().contains("not-an-address"), e.getMessage());
    }

    @Test
    void onlyTailgatingHasABadgeHolder() {
        assertTrue(AlertRecipients.of(AlertKind.TAILGATING, List.of(), true).badgeHolder());
        for (AlertKind kind : List.of(AlertKind.FORCED_OPEN, AlertKind.HELD_OPEN, AlertKind.DENIED_BURST)) {
            InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> AlertRecipients.of(kind, List.of(), true));
            assertEquals(kind.apiName() + ".badgeHolder", e.field());
        }
    }

    @Test
    void noAddressAndNoBadgeHolderIsNobody() {
        assertTrue(AlertRecipients.of(AlertKind.TAILGATING, List.of(" "), false).nobody());
        assertTrue(AlertRecipients.NOBODY.nobody());
    }

    @Test
    void kindsAreKnownByTheirApiNamesOnly() {
        assertEquals(AlertKind.DENIED_BURST, AlertKind.ofApiName("deniedBurst"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AlertKind.ofApiName("FORCED_OPEN"));
        assertTrue(e.getMessage().contains("forcedOpen, heldOpen, tailgating, deniedBurst"), e.getMessage());
    }

    @Test
    void byDefaultTailgatingFollowsTheEmailSettingsAndTheOtherKindsTellNobody() {
        List<String> soc = List.of("soc@example.com");
        assertEquals(new AlertRecipients(soc, true), DoorAlertDefaults.of(AlertKind.TAILGATING, soc, true));
        assertEquals(new AlertRecipients(soc, false), DoorAlertDefaults.of(AlertKind.TAILGATING, soc, false));
        for (AlertKind kind : List.of(AlertKind.FORCED_OPEN, AlertKind.HELD_OPEN, AlertKind.DENIED_BURST)) {
            assertTrue(DoorAlertDefaults.of(kind, soc, true).nobody(), kind.name());
        }
    }
}
