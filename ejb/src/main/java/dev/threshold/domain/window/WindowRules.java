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
 * @param heldOpenMax a held-open window ends this long after the door was reported held open, if nothing closed it
 *                    sooner: a webhook that is not subscribed to lock.closed / lock.locked never says it closed, and
 *                    a window that never ends is never judged (set per door)
 */
public record WindowRules(
        Duration groupWithin, Duration openFor, Duration tolerance, Duration sameEntry, Duration heldOpenMax) {

    /** The held-open maximum of a door whose admin did not choose one. */
    public static final Duration DEFAULT_HELD_OPEN_MAX = Duration.ofSeconds(60);

    public static final WindowRules DEFAULTS = new WindowRules(
            Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(1500), Duration.ofSeconds(1));

    /** The rules with the default held-open maximum. */
    public WindowRules(Duration groupWithin, Duration openFor, Duration tolerance, Duration sameEntry) {
        this(groupWithin, openFor, tolerance, sameEntry, DEFAULT_HELD_OPEN_MAX);
    }

    public WindowRules {
        Objects.requireNonNull(groupWithin, "groupWithin");
        Objects.requireNonNull(openFor, "openFor");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(sameEntry, "sameEntry");
        Objects.requireNonNull(heldOpenMax, "heldOpenMax");
        if (groupWithin.isNegative()
                || openFor.isNegative()
                || openFor.isZero()
                || tolerance.isNegative()
                || sameEntry.isNegative()
                || heldOpenMax.isNegative()
                || heldOpenMax.isZero()) {
            throw new IllegalArgumentException("door window timings must be positive: group within " + groupWithin
                    + ", open for " + openFor + ", tolerance " + tolerance + ", same entry " + sameEntry
                    + ", held open at most " + heldOpenMax);
        }
    }

    /** These rules for a door whose windows, once held open, end {@code max} after the held-open report. */
    public WindowRules withHeldOpenMax(Duration max) {
        return new WindowRules(groupWithin, openFor, tolerance, sameEntry, max);
    }
}
