package dev.threshold.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.settings.InvalidSettingsException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailSettingsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void addressesAreSplitTrimmedAndKeptOnce() {
        EmailSettings s = new EmailSettings(NOW, "admin");
        s.configure(
                true,
                List.of("Security@Example.com, soc@example.com", " soc@example.com ", ""),
                null,
                null,
                NOW,
                "admin");
        assertEquals(List.of("security@example.com", "soc@example.com"), s.securityAddresses());
        assertTrue(s.usesDefaultTemplate());
    }

    @Test
    void aBadAddressChangesNothing() {
        EmailSettings s = new EmailSettings(NOW, "admin");
        s.configure(true, List.of("soc@example.com"), "Custom {{door}}", null, NOW, "admin");
        InvalidSettingsException e = assertThrows(
                InvalidSettingsException.class,
                () -> s.configure(false, List.of("not-an-address"), null, null, NOW, "bob"));
        assertEquals("securityAddresses", e.field());
        assertEquals(List.of("soc@example.com"), s.securityAddresses());
        assertEquals("Custom {{door}}", s.subjectTemplate());
        assertTrue(s.notifyPeople());
    }

    @Test
    void useDefaultForgetsTheCustomTemplate() {
        EmailSettings s = new EmailSettings(NOW, "admin");
        s.configure(true, List.of(), "Custom", "<p>custom</p>", NOW, "admin");
        s.useDefaultTemplate(NOW, "admin");
        assertNull(s.subjectTemplate());
        assertNull(s.bodyTemplate());
        assertThrows(
                InvalidSettingsException.class,
                () -> s.configure(true, List.of(), "x".repeat(EmailSettings.MAX_SUBJECT_LENGTH + 1), null, NOW, "a"));
    }
}
