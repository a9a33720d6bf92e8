package dev.threshold.application.webhook;

import dev.threshold.domain.access.AccessEvent;
import java.util.List;

/**
 * What recording a Kisi event did: stored it with its labels, or found it stored already (Kisi redelivers).
 */
public record RecordedEvent(AccessEvent event, List<String> labels, boolean duplicate) {

    public RecordedEvent {
        labels = List.copyOf(labels);
    }
}
