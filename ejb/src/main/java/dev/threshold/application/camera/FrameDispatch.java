package dev.threshold.application.camera;

import dev.threshold.infrastructure.messaging.Destinations;
import dev.threshold.infrastructure.messaging.FrameJob;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;

/**
 * The one way frames reach the analysis, for live cameras and uploaded footage alike: the frame is stored as a JPEG
 * (frame store), a frame job with its reference goes on {@code frames} in the source's message group (one consumer
 * at a time, in order), and the {@link FrameBacklog} counts it as waiting.
 */
@ApplicationScoped
public class FrameDispatch {

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.FRAMES)
    Queue frames;

    @Inject
    FrameStore frameStore;

    @Inject
    FrameBacklog backlog;

    /**
     * A channel for one source's frames, used by one thread (it holds a JMS session).
     *
     * @param footageId   null for the camera's live stream
     * @param analysisFps the rate its frames come at, which bounds how many may wait
     */
    public Channel open(String cameraId, String footageId, double analysisFps) {
        return new Channel(cameraId, footageId, analysisFps);
    }

    /** Sends one source's frames in order. */
    public final class Channel implements AutoCloseable {
        private final String cameraId;
        private final String footageId;
        private final String sourceId;
        private final double analysisFps;
        private JMSContext jms;
        private JMSProducer producer;

        private Channel(String cameraId, String footageId, double analysisFps) {
            this.cameraId = cameraId;
            this.analysisFps = analysisFps;
            this.footageId = footageId;
            this.sourceId = new FrameJob(cameraId, java.time.Instant.EPOCH, "-", footageId).sourceId();
        }

        /** @throws jakarta.jms.JMSRuntimeException or IllegalStateException (disk) when the frame could not go */
        public void send(CapturedFrame frame) {
            if (jms == null) { // on the sending thread: a JMS session belongs to one thread
                jms = connectionFactory.createContext();
                producer = jms.createProducer().setProperty("JMSXGroupID", sourceId);
            }
            String frameRef = frameStore.store(frame);
            producer.send(frames, new FrameJob(cameraId, frame.capturedAt(), frameRef, footageId).toJson());
            backlog.sent(sourceId, frame.capturedAt());
        }

        /** Whether the analysis is so far behind on this source that frames should be dropped, or waited for. */
        public boolean behind() {
            return backlog.full(sourceId, analysisFps);
        }

        public String sourceId() {
            return sourceId;
        }

        @Override
        public void close() {
            if (jms != null) {
                jms.close();
            }
        }
    }
}
