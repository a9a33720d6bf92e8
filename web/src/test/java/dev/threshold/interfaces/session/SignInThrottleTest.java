package dev.threshold.interfaces.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    static final Instant NOW = Instant.parse("2026-12-06T05:00:00Z");

    @Test
    void fiveFailuresAreFreeThenTheDelayGrowsToItsMaximum() {
        assertEquals(Duration.ZERO, SignInThrottle.delayAfter(4));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.delayAfter(6));
        assertEquals(Duration.ofSeconds(32), SignInThrottle.delayAfter(10));
        assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(200));
    }

    @Test
    void anAccountIsThrottledAcrossAddressesAndASuccessForgetsIt() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 6; i++) {
            throttle.attempted(NOW, "account:ada", "address:10.0.0." + i);
        }
        assertEquals(Duration.ofSeconds(2), throttle.waitFor(NOW, "account:ada", "address:10.0.0.9"));
        assertEquals(Duration.ZERO, throttle.waitFor(NOW, "account:bob", "address:10.0.0.9"), "others are not");
        assertEquals(Duration.ZERO, throttle.waitFor(NOW.plusSeconds(2), "account:ada", "address:10.0.0.9"));
        throttle.succeeded("account:ada", "address:10.0.0.9");
        throttle.attempted(NOW, "account:ada");
        assertEquals(Duration.ZERO, throttle.waitFor(NOW, "account:ada"));
    }

    @Test
    void anAddressIsThrottledAcrossAccounts() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 5; i++) {
            throttle.attempted(NOW, "account:user" + i, "address:192.0.2.1");
        }
        assertTrue(throttle.waitFor(NOW, "account:someone-else", "address:192.0.2.1").toMillis() > 0);
    }
}
