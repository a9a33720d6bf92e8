package dev.threshold.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the console shows values: times in the server's zone, to the second, with the zone named. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A share or a confidence in [0, 1] as "42 %". */
    public String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** The zone times are shown and typed in ("Europe/Berlin"). */
    public String getZone() {
        return ZoneId.systemDefault().getId();
    }
}
