package dev.threshold.domain.label;

import dev.threshold.domain.access.KisiEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which label a Kisi event gets. The names and queries of unlock, forced open and held open are the ones security
 * admins know from Camio's Kisi guide, so that their saved searches keep working here: the guide writes the
 * held-open token {@code entry.ajar.started} (Camio User Guide for Kisi, "Camio Labels",
 * https://help.camio.com/hc/en-us/articles/13210931687444), ours is {@code entry.ajar_started}; both find it.
 */
public final class DoorEventLabels {

    private static final Map<String, LabelKind> LOCK_EVENTS = Map.ofEntries(
            kind("lock.unlock", "entry unlocked", "entry.unlocked", "door unlocked", "unlocked"),
            kind("lock.forced_open", "entry forced open", "entry.forced_open", "forced open", "door forced open"),
            kind(
                    "lock.held_open",
                    "entry ajar started",
                    "entry.ajar_started",
                    "entry.ajar.started",
                    "ajar started",
                    "entry ajar",
                    "door held open"),
            kind("lock.tailgate", "kisi tailgate", "kisi.tailgate", "tailgate reported by kisi"),
            kind("lock.opened", "entry opened", "entry.opened", "door opened"),
            kind("lock.closed", "entry closed", "entry.closed", "door closed"),
            kind("lock.locked", "entry locked", "entry.locked", "door locked"),
            kind("lock.lock_down", "lockdown started", "entry.lockdown_started", "lockdown", "lock down"),
            kind("lock.cancel_lockdown", "lockdown cancelled", "entry.lockdown_cancelled", "lockdown ended"),
            kind(
                    "lock.scheduled_unlock_started",
                    "scheduled unlock started",
                    "entry.scheduled_unlock_started",
                    "scheduled unlock"),
            kind(
                    "lock.scheduled_unlock_ended",
                    "scheduled unlock ended",
                    "entry.scheduled_unlock_ended",
                    "scheduled unlock"),
            kind("lock.first_to_arrive", "first to arrive", "entry.first_to_arrive"),
            kind("lock.last_to_leave", "last to leave", "entry.last_to_leave"));

    private static final LabelKind UNLOCK_DENIED =
            new LabelKind("entry unlock denied", "entry.unlock_denied", List.of("access denied", "unlock denied"));

    private DoorEventLabels() {}

    /** The label of an event; every event gets one, so that everything Kisi reported can be searched. */
    public static LabelKind labelFor(KisiEvent event) {
        if (event.type().equals("lock.unlock") && event.failed()) {
            return UNLOCK_DENIED;
        }
        LabelKind known = LOCK_EVENTS.get(event.type());
        return known != null ? known : genericLabel(event.type());
    }

    /** Other event types (reader.access, user.sign_in, ...) are labelled by their own name: "reader access". */
    private static LabelKind genericLabel(String type) {
        String token = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "_");
        String name = token.replace('.', ' ').replace('_', ' ').trim();
        return new LabelKind(name.isEmpty() ? "event" : name, token.isEmpty() ? "event" : token, List.of());
    }

    private static Map.Entry<String, LabelKind> kind(String type, String name, String token, String... queries) {
        return Map.entry(type, new LabelKind(name, token, List.of(queries)));
    }
}
