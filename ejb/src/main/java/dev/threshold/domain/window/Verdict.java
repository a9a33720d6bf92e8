package dev.threshold.domain.window;

import java.util.List;
import java.util.Objects;

/**
 * What happened in one door window: who was let in, who went in, and how many went in beyond the grants.
 *
 * @param entries       the people who went in, merged over the door's cameras, in order
 * @param tailgaters    entries beyond the grants of a granted window
 * @param forcedEntries entries while the door was forced open
 */
public record Verdict(DoorWindow window, List<Entry> entries, int tailgaters, int forcedEntries) {

    public Verdict {
        Objects.requireNonNull(window, "window");
        entries = List.copyOf(entries);
    }

    static Verdict of(DoorWindow window, List<Entry> entries) {
        boolean granted = window.kind() == DoorWindow.Kind.GRANTED;
        int beyondGrants = Math.max(0, entries.size() - window.grants().size());
        return new Verdict(window, entries, granted ? beyondGrants : 0, granted ? 0 : entries.size());
    }

    /** Somebody went in who was not let in. */
    public boolean unauthorised() {
        return tailgaters > 0 || forcedEntries > 0;
    }

    /**
     * Does the verdict rest on doubtful crossings? It does when the entries a camera was sure of would not, alone,
     * make anyone unauthorised: every entry beyond the grants (every entry of a forced window) may be a miscount.
     * Which entries are the "unauthorised" ones is a convention (the last through), so the sure entries are counted
     * against the grants instead of looking at the last ones only: a doubtful first entry and a sure second one on
     * one badge may well be one person.
     */
    public boolean doubtful(LowConfidence low) {
        if (!unauthorised()) {
            return false;
        }
        long sure = entries.stream().filter(e -> !e.doubtful(low)).count();
        int allowed = window.kind() == DoorWindow.Kind.GRANTED ? window.grants().size() : 0;
        return sure <= allowed;
    }

    /**
     * The people who went in unauthorised: the last ones of a granted window (the first ones through are taken to
     * be those who badged), everyone in a forced one.
     */
    public List<Entry> unauthorisedEntries() {
        int extra = tailgaters + forcedEntries;
        return entries.subList(entries.size() - extra, entries.size());
    }
}
