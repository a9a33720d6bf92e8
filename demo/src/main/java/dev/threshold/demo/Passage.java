package dev.threshold.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One scripted event of the demo loop: who walks where, and the badge that lets them in, if any. What counting and
 * the tailgating verdict should make of it follows from its crossings and its badge: one badge and two people
 * entering is one tailgater.
 */
public final class Passage {

    /** What happens, in the words the demo's README section uses. */
    public enum Kind {
        /** Someone badges and walks in; maybe someone else follows on the same badge. */
        ENTRY,
        /** Someone walks out; leaving needs no badge. */
        EXIT,
        /** Someone walks past without going through the door. */
        PASS_BY
    }

    private final Kind kind;
    private final String description;
    private final List<Walk> walks;
    private final Badge badge;

    Passage(Kind kind, String description, List<Walk> walks, Badge badge) {
        this.kind = kind;
        this.description = description;
        this.walks = List.copyOf(walks);
        this.badge = badge;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** How many people take part. */
    public int people() {
        return walks.size();
    }

    public Optional<Badge> badge() {
        return Optional.ofNullable(badge);
    }

    /** Every door crossing of its people, in time order. */
    public List<ScriptedCrossing> crossings() {
        return walks.stream()
                .flatMap(w -> w.doorCrossings().stream())
                .sorted(Comparator.comparingDouble(ScriptedCrossing::atSeconds))
                .toList();
    }

    /** When its first person appears, in seconds of the loop. */
    double startsAt() {
        return walks.stream().mapToDouble(Walk::startsAt).min().orElseThrow();
    }

    List<Walk> walks() {
        return walks;
    }

    @Override
    public String toString() {
        return description;
    }
}
