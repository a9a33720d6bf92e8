package dev.threshold.infrastructure.kisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KisiConnectionTest {

    static final String TOKEN = "tok-3f9a1c-SECRET-77e2";

    @Test
    void defaultsToKisisApiWithTenSecondsPerCall() {
        KisiConnection connection = KisiConnection.of(TOKEN);

        assertEquals(URI.create("https://api.kisi.io"), connection.baseUrl());
        assertEquals(Duration.ofSeconds(10), connection.timeout());
    }

    @Test
    void itsTextNeverShowsTheToken() {
        String text = KisiConnection.of(TOKEN).toString();

        assertFalse(text.contains(TOKEN), text);
        assertTrue(text.contains("https://api.kisi.io"), text);
    }

    @Test
    void aPastedTokenLosesItsBlanksAndTheBaseUrlItsTrailingSlash() {
        KisiConnection connection =
                KisiConnection.of("  " + TOKEN + "\n").withBaseUrl(URI.create("http://localhost:8089/"));

        assertEquals(TOKEN, connection.apiToken());
        assertEquals(URI.create("http://localhost:8089"), connection.baseUrl());
    }

    @Test
    void nonsenseIsRefusedWithoutQuotingTheToken() {
        assertThrows(IllegalArgumentException.class, () -> KisiConnection.of(" "));
        IllegalArgumentException control =
                assertThrows(IllegalArgumentException.class, () -> KisiConnection.of("a1b2c3\r\nX-Evil: 1"));
        assertFalse(control.getMessage().contains("a1b2c3"), control.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> KisiConnection.of(TOKEN).withBaseUrl(URI.create("ftp://api.kisi.io")));
        assertThrows(
                IllegalArgumentException.class, () -> KisiConnection.of(TOKEN).withTimeout(Duration.ZERO));
    }
}
