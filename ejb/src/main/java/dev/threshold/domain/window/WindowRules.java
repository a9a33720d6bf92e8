package dev.threshold.domain.window;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing of door windows.
 *
 * @param groupWithin a grant this soon after the window's last grant joins it (a group badging in one by one)
 * @param openFor     a window ends this long after its last grant, unless the door is held open
 * @param tolerance   an entry this far outside every window still belongs to the nearest one: the clocks of the
 *                    camera and of Kisi never agree exactly, and a person is counted when they are already through
 * @param sameEntry   entries on two cameras of one door this close in time are the same person, seen twice
 */
public record WindowRules(Duration groupWithin, Duration openFor, Duration tolerance, Duration sameEntry) {

    public static final WindowRules DEFAULTS = new WindowRules(Duration.ofSeconds(10), Duration.ofSeconds(10),
            Duration.ofMillis(1500), Duration.ofSeconds(1));

    public WindowRules {
        Objects.requireNonNull(groupWithin, "groupWithin");
        Objects.requireNonNull(openFor, "openFor");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(sameEntry, "sameEntry");
        if (groupWithin.isNegative() || openFor.isNegative() || openFor.isZero() || tolerance.isNegative()
                || sameEntry.isNegative()) {
            throw new IllegalArgumentException("door window timings must be positive: group within " + groupWithin
                    + ", open for " + openFor + ", tolerance " + tolerance + ", same entry " + sameEntry);
        }
    }
}
