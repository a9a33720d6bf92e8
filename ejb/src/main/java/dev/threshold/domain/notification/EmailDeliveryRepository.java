package dev.threshold.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The e-mail deliveries, newest first where a list is shown. */
public interface EmailDeliveryRepository {

    void store(EmailDelivery delivery);

    Optional<EmailDelivery> find(UUID id);

    /** Deliveries due at {@code now}, the longest-waiting first. */
    List<EmailDelivery> due(Instant now, int max);

    List<EmailDelivery> ofIncident(UUID incidentId);

    List<EmailDelivery> latest(int max);
}
