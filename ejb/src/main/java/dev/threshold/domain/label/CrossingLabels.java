package dev.threshold.domain.label;

import dev.threshold.domain.camera.DoorCrossing;
import java.util.List;

/** The labels of what the cameras count: people entering and leaving through a door. */
public final class CrossingLabels {

    static final LabelKind ENTERING = new LabelKind(
            "person entering", "person.entering", List.of("entering", "people entering", "entry", "came in"));
    static final LabelKind LEAVING =
            new LabelKind("person leaving", "person.leaving", List.of("leaving", "people leaving", "exit", "went out"));

    private CrossingLabels() {}

    public static LabelKind labelFor(DoorCrossing.Direction direction) {
        return direction == DoorCrossing.Direction.in ? ENTERING : LEAVING;
    }
}
