package dev.threshold.analytics.interfaces.messaging;

import dev.threshold.analytics.application.FrameAnalysisService;
import dev.threshold.application.camera.FrameBacklog;
import dev.threshold.application.camera.FrameToAnalyse;
import dev.threshold.interfaces.messaging.MessageIds;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes frame jobs off the {@code frames} queue. Per-camera order comes from the message groups (JMSXGroupID = camera
 * id): Artemis hands one camera's frames to one session at a time. {@code maxSession} is set explicitly because the
 * default follows the CPU count and would differ between machines; operators tune it with the system property
 * {@code threshold.analytics.frames.max-session}.
 *
 * <p>Why 4 on a node of 2 cores: each delivery ends in a two-phase commit (the broker's acknowledgement and the
 * frame's rows), whose log writes and broker round trips take about as long as the detector itself. With one session
 * per core the sessions waited on those writes half the time and the cores idled while frames queued (the soak, 8
 * cameras: the server used 0.8 of its 2 cores with every camera at its back-pressure limit); twice as many sessions
 * keep the cores busy while others commit.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/frames"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge"),
            @ActivationConfigProperty(
                    propertyName = "maxSession",
                    propertyValue = "${threshold.analytics.frames.max-session:4}")
        })
public class FrameJobConsumer implements MessageListener {

    @Inject
    FrameAnalysisService analysis;

    @Inject
    FrameBacklog backlog;

    @Override
    public void onMessage(Message message) {
        try {
            FrameToAnalyse job = FrameToAnalyse.fromMessage(message.getBody(String.class));
            try {
                analysis.analyseFrame(job);
            } finally {
                backlog.taken(job.sourceId()); // the camera's reader may send again
            }
        } catch (JMSException e) {
            // Rethrown so that the delivery is rolled back and retried, and dead-lettered after the last attempt.
            throw new EJBException("cannot read frame job " + MessageIds.of(message), e);
        }
    }
}
