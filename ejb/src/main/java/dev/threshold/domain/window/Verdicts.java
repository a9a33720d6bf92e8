package dev.threshold.domain.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each window of a door its verdict. The entries of all the door's cameras are merged first; each entry then
 * belongs to the window containing it, or else to the nearest window within the tolerance, or to none (someone
 * walking in while no window was open is nobody's tailgater: the door was shut or open by schedule).
 */
public final class Verdicts {

    private Verdicts() {}

    public static List<Verdict> decide(List<DoorWindow> windows, List<Entry> entries, WindowRules rules) {
        Map<DoorWindow, List<Entry>> byWindow = new LinkedHashMap<>();
        windows.forEach(w -> byWindow.put(w, new ArrayList<>()));
        long tolerance = rules.tolerance().toMillis();
        for (Entry entry : EntryMerge.merge(entries, rules.sameEntry())) {
            DoorWindow nearest = null;
            long distance = Long.MAX_VALUE;
            for (DoorWindow window : windows) {
                long outside = window.millisOutside(entry.at());
                if (outside <= tolerance && outside < distance) {
                    nearest = window;
                    distance = outside;
                }
            }
            if (nearest != null) {
                byWindow.get(nearest).add(entry);
            }
        }
        return byWindow.entrySet().stream()
                .map(e -> Verdict.of(e.getKey(), e.getValue()))
                .toList();
    }
}
