package dev.threshold.application.webhook;

import dev.threshold.domain.access.KisiEvent;
import java.util.UUID;

/**
 * A Kisi event the webhook accepted, waiting to be recorded; signed when it carried a served place's valid signature.
 *
 * @param placeId the further place the event is of, null for the first place (a new door joins this place)
 */
public record ReceivedKisiEvent(KisiEvent event, boolean signed, UUID placeId) {}
