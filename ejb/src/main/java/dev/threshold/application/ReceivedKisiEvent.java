package dev.threshold.application;

import dev.threshold.domain.access.KisiEvent;

/** A Kisi event the webhook accepted, waiting to be recorded; signed when it carried our valid signature. */
public record ReceivedKisiEvent(KisiEvent event, boolean signed) {
}
