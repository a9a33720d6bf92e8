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
            throttle.failed(NOW, "account:ada", "address:10.0.0." + i);
        }
        assertEquals(Duration.ofSeconds(2), throttle.waitFor(NOW, "account:ada", "address:10.0.0.9"));
        assertEquals(Duration.ZERO, throttle.waitFor(NOW, "account:bob", "address:10.0.0.9"), "others are not");
        assertEquals(Duration.ZERO, throttle.waitFor(NOW.plusSeconds(2), "account:ada", "address:10.0.0.9"));
        throttle.succeeded("account:ada", "address:10.0.0.9");
        throttle.failed(NOW, "account:ada");
        assertEquals(Duration.ZERO, throttle.waitFor(NOW, "account:ada"));
    }

    @Test
    void anAddressIsThrottledAcrossAccounts() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 5; i++) {
            throttle.failed(NOW, "account:user" + i, "address:192.0.2.1");
        }
        assertTrue(throttle.waitFor(NOW, "account:someone-else", "address:192.0.2.1")
                        .toMillis()
                > 0);
    }

    @Test
    void aSprayOfMadeUpNamesStaysWithinTheBoundAndDoesNotPushOutAThrottledAccount() {
        SignInThrottle throttle = new SignInThrottle(100);
        for (int i = 0; i < 7; i++) {
            throttle.failed(NOW, "account:admin");
        }
        Instant later = NOW;
        for (int i = 0; i < 10_000; i++) {
            later = NOW.plusMillis(i * 10L);
            throttle.failed(later, "account:made-up-" + i, "address:2001:db8::" + Integer.toHexString(i));
        }
        assertTrue(throttle.size() <= 100, "bounded: " + throttle.size());
        assertEquals(Duration.ofSeconds(4), throttle.waitFor(NOW, "account:admin"), "the throttled account stays");
    }

    @Test
    void countsIdleForFifteenMinutesMakeRoomForNewOnes() {
        SignInThrottle throttle = new SignInThrottle(10);
        for (int i = 0; i < 10; i++) {
            for (int n = 0; n < 6; n++) {
                throttle.failed(NOW, "address:192.0.2." + i);
            }
        }
        Instant muchLater = NOW.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1);
        for (int n = 0; n < 6; n++) {
            throttle.failed(muchLater, "address:198.51.100.7");
        }
        assertEquals(1, throttle.size());
        assertTrue(throttle.waitFor(muchLater, "address:198.51.100.7").toMillis() > 0, "the newcomer is counted");
    }
}
