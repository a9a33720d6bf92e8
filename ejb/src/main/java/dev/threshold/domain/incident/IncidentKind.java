package dev.threshold.domain.incident;

import dev.threshold.domain.window.DoorWindow;

/** What an incident is about; its label on the video has the same name. */
public enum IncidentKind {
    TAILGATING("tailgating"),
    FORCED_ENTRY("forced entry");

    private final String label;

    IncidentKind(String label) {
        this.label = label;
    }

    /** The words users see and search: "tailgating", "forced entry". */
    public String label() {
        return label;
    }

    public static IncidentKind of(DoorWindow.Kind windowKind) {
        return windowKind == DoorWindow.Kind.FORCED ? FORCED_ENTRY : TAILGATING;
    }
}
