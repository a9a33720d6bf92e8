package dev.threshold.application.notification;

import dev.threshold.domain.access.AccessEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the e-mails about a new incident say: which door, which window, how many walked in unbadged, and the people
 * whose grants opened the window (they get the e-mail when the settings say so).
 *
 * @param kind "tailgating" or "forced entry"
 * @param people the actors of the window's grants; empty for a forced entry
 * @param doubtful the count rests on low-confidence crossings only
 * @param held the e-mails wait for a reviewer (a doubtful incident at a door that holds them); sent without being
 *             held, a doubtful incident's e-mails say that the count is uncertain
 */
public record IncidentNotice(
        UUID incidentId,
        String kind,
        String doorName,
        Instant windowStart,
        Instant windowEnd,
        int tailgaters,
        List<Person> people,
        boolean doubtful,
        boolean held) {

    /** About an incident nobody doubts. */
    public IncidentNotice(
            UUID incidentId,
            String kind,
            String doorName,
            Instant windowStart,
            Instant windowEnd,
            int tailgaters,
            List<Person> people) {
        this(incidentId, kind, doorName, windowStart, windowEnd, tailgaters, people, false, false);
    }

    public static final String TAILGATING = "tailgating";
    public static final String FORCED_ENTRY = "forced entry";

    public IncidentNotice {
        Objects.requireNonNull(incidentId, "incidentId");
        if (!TAILGATING.equals(kind) && !FORCED_ENTRY.equals(kind)) {
            throw new IllegalArgumentException(
                    "kind must be \"" + TAILGATING + "\" or \"" + FORCED_ENTRY + "\", not " + kind);
        }
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        if (tailgaters < 0) {
            throw new IllegalArgumentException("tailgaters must not be negative");
        }
        doorName = doorName == null || doorName.isBlank() ? "an unnamed door" : doorName;
        people = people == null ? List.of() : List.copyOf(people);
        if (held && !doubtful) {
            throw new IllegalArgumentException("only the e-mails of a doubtful incident are held");
        }
    }

    /** Sent before any review although the count is doubtful: the e-mail must say so. */
    public boolean uncertain() {
        return doubtful && !held;
    }

    /**
     * A person whose grant is in the window: Kisi's user id, name, and e-mail address as the event gave it
     * ({@code null} when it gave none: the address is then asked of Kisi when the e-mail is sent).
     */
    public record Person(String actorId, String name, String email) {

        /**
         * The person behind a grant, with an address only Kisi vouched for: a signed event's actor_email. An unsigned
         * event (let in with threshold.kisi.allow-unsigned) may have been written by anyone, and an incident e-mail
         * carries a link that opens the incident's video without signing in: its address is dropped, and the
         * address is asked of Kisi's /users/{actor_id} when the e-mail is sent.
         */
        public static Person vouchedFor(AccessEvent grant) {
            return new Person(grant.actorId(), grant.actorName(), grant.signed() ? grant.actorEmail() : null);
        }

        public Person {
            name = name == null || name.isBlank() ? (actorId == null ? "someone" : "Kisi user " + actorId) : name;
            email = email == null || email.isBlank() ? null : email.strip();
        }
    }
}
