package dev.threshold.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock services take their "now" from, so that tests of time rules can use a fixed one. */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
