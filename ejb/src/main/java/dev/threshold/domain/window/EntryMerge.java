package dev.threshold.domain.window;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Several cameras on one door see the same people: their entries are merged, not added. An entry on another camera
 * within {@code sameEntry} of a kept entry is that person again, unless that camera already matched it (two people
 * seen by both cameras stay two). A merged entry is as sure as the surest camera that saw it.
 */
public final class EntryMerge {

    private EntryMerge() {}

    public static List<Entry> merge(List<Entry> entries, Duration sameEntry) {
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry::at));
        List<Kept> kept = new ArrayList<>();
        for (Entry entry : ordered) {
            Kept same = kept.stream()
                    .filter(k -> k.canAbsorb(entry, sameEntry))
                    .min(Comparator.comparingLong(k ->
                            Math.abs(k.entry.at().toEpochMilli() - entry.at().toEpochMilli())))
                    .orElse(null);
            if (same != null) {
                same.cameras.add(entry.cameraId());
                same.entry = same.entry.seenSurerBy(entry);
            } else {
                kept.add(new Kept(entry));
            }
        }
        return kept.stream().map(k -> k.entry).toList();
    }

    private static final class Kept {
        Entry entry;
        final Set<UUID> cameras = new HashSet<>();

        Kept(Entry entry) {
            this.entry = entry;
            cameras.add(entry.cameraId());
        }

        boolean canAbsorb(Entry other, Duration sameEntry) {
            return !cameras.contains(other.cameraId())
                    && !Objects.equals(entry.cameraId(), other.cameraId())
                    && Math.abs(entry.at().toEpochMilli() - other.at().toEpochMilli()) <= sameEntry.toMillis();
        }
    }
}
