package dev.threshold.interfaces.messaging;

import dev.threshold.application.verdict.VerdictService;
import dev.threshold.infrastructure.messaging.DoorReview;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes door reviews off the {@code door-windows} queue and has the door's windows judged. All reviews of a door
 * share a message group (JMSXGroupID = door), so one session at a time judges a door; different doors in parallel
 * ({@code threshold.verdicts.max-session}, default 2).
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = "java:/jms/queue/door-windows"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge"),
            @ActivationConfigProperty(
                    propertyName = "maxSession",
                    propertyValue = "${threshold.verdicts.max-session:2}")
        })
public class DoorReviewConsumer implements MessageListener {

    @Inject
    VerdictService verdicts;

    @Override
    public void onMessage(Message message) {
        try {
            verdicts.judgeDoor(DoorReview.fromJson(message.getBody(String.class)));
        } catch (JMSException e) {
            // Rethrown so that the delivery is rolled back and retried, and dead-lettered after the last attempt.
            throw new EJBException("cannot read door review " + MessageIds.of(message), e);
        }
    }
}
