package dev.threshold.bench.search;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * What people type into label search, by kind, filled in from the {@link Site} so that names and doors exist (or, for
 * "no hit", do not). Every call picks a fresh query, so a kind is measured over many different words, not one cached
 * answer. LabelQuery has no "-term" exclusion, so the mix has none.
 */
final class QueryMix {

    record Kind(String name, Function<Random, String> query) {}

    private final List<Kind> kinds;

    QueryMix(Site site) {
        kinds = List.of(
                new Kind("common word", r -> pick(r, "unlocked", "entering", "leaving", "door", "entry", "open")),
                new Kind("rare word", r -> pick(r, "lockdown", "forced", "tailgate", "scheduled", "sign")),
                new Kind("surname", r -> lastName(site, r)),
                new Kind("person", r -> site.anyone(r).name()),
                new Kind("door", r -> site.busyDoor(r).name()),
                new Kind(
                        "two words",
                        r -> pick(r, "unlocked", "entering", "leaving", "denied", "forced", "held") + " "
                                + firstWord(site.busyDoor(r).name())),
                new Kind(
                        "quoted phrase",
                        r -> pick(
                                r,
                                "\"door held open\"",
                                "\"access denied\"",
                                "\"person entering\" \"" + site.busyDoor(r).name() + "\"",
                                "\"" + site.busyDoor(r).name() + "\" unlocked")),
                new Kind(
                        "token",
                        r -> pick(
                                r,
                                "entry.forced_open",
                                "kisi.tailgate",
                                "entry.unlock_denied",
                                site.anyone(r).id() + "_entry.unlocked")),
                new Kind(
                        "no hit",
                        r -> pick(
                                r,
                                "zebra",
                                "unlocked leaving",
                                "xavier quintana",
                                "\"front door z\"",
                                "denied entering",
                                site.anyone(r).id() + "_entry.forced_open" + " " + lastName(site, r))));
    }

    List<Kind> kinds() {
        return kinds;
    }

    private static String lastName(Site site, Random r) {
        String name = site.anyone(r).name();
        return name.substring(name.indexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String text) {
        return text.split(" ")[0].toLowerCase(Locale.ROOT);
    }

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
