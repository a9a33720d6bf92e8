package dev.threshold.application.incident;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Every quarter hour, closes the incidents nobody reviewed within the review time. */
@Singleton
public class IncidentAutoClose {

    @EJB
    IncidentService incidents;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void closeUnreviewed() {
        incidents.closeUnreviewed();
    }
}
