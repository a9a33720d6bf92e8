package dev.threshold.application;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.infrastructure.messaging.Destinations;
import dev.threshold.infrastructure.messaging.FrameJob;
import dev.threshold.infrastructure.security.SecretBox;
import dev.threshold.infrastructure.video.CameraHealth;
import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameQueue;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.ReaderSettings;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads every enabled camera: one reader per camera on the server's managed executor, decimating to the camera's
 * analysis rate, and one forwarder that stores each analysed frame as a JPEG (the frame store) and puts a frame job on
 * the {@code frames} queue, grouped by camera (JMSXGroupID) so one consumer sees a camera's frames in order. Between
 * the two, a small bounded queue: when analysis falls behind, frames are dropped and counted, never piled up.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CameraFeeds {

    /** Frames waiting between reader and forwarder: about one second at 5 fps. */
    static final int HAND_OFF_CAPACITY = 5;
    private static final Logger LOG = Logger.getLogger(CameraFeeds.class.getName());

    /** Declared in configure.cli: threads are made as cameras come, up to 200 (100 cameras); no queue. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/camera-readers")
    ManagedExecutorService executor;

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.FRAMES)
    Queue frames;

    @Inject
    CameraRepository cameras;

    @EJB
    CameraFeeds self;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    @Inject
    FrameStore frameStore;

    @Inject
    @ConfigProperty(name = "threshold.frames.retention-minutes", defaultValue = "10")
    long retentionMinutes;

    private final Map<UUID, Feed> feeds = new ConcurrentHashMap<>();

    @PostConstruct
    void startEnabledCameras() {
        for (Camera camera : cameras.all()) {
            if (camera.enabled()) {
                start(camera);
            }
        }
    }

    @PreDestroy
    void stopAll() {
        feeds.keySet().forEach(this::stop);
    }

    /**
     * After a camera's change is committed: restart its feed, on another thread, since the committed transaction's
     * completion is no place to read the database.
     */
    public void cameraChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged changed) {
        self.restart(changed.cameraId());
    }

    /**
     * Stops the camera's feed and starts it again as now configured (not at all if disabled or removed). One restart
     * at a time: two changes committed together (a camera registered, then its scene placed) restart it twice at
     * once, and two overlapping restarts would each start a reader, one of them never stopped.
     */
    @Asynchronous
    public synchronized void restart(UUID cameraId) {
        stop(cameraId);
        cameras.find(cameraId).filter(Camera::enabled).ifPresent(this::start);
    }

    /** The camera's health, or empty when it is not being read (disabled, or no stream). */
    public Optional<FeedHealth> health(UUID cameraId) {
        Feed feed = feeds.get(cameraId);
        return feed == null ? Optional.empty()
                : Optional.of(new FeedHealth(feed.reader.health(), feed.sent.get(), feed.refused.get()));
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void deleteOldFrames() {
        long deleted = frameStore.deleteOlderThan(clock.instant().minus(Duration.ofMinutes(retentionMinutes)));
        if (deleted > 0) {
            LOG.fine(() -> "Deleted " + deleted + " analysed frames older than " + retentionMinutes + " min");
        }
    }

    private void start(Camera camera) {
        StreamSource source;
        try {
            source = sourceOf(camera);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Camera '" + camera.name() + "' cannot be read: " + e.getMessage());
            return;
        }
        String cameraId = camera.id().toString();
        FrameQueue handOff = new FrameQueue(HAND_OFF_CAPACITY);
        CameraReader reader = new CameraReader(cameraId, source,
                ReaderSettings.DEFAULTS.withAnalysisFps(camera.analysisFps()).withRealTime(true), handOff, clock);
        Feed feed = new Feed(reader, handOff);
        feed.readerTask = executor.submit(reader);
        feed.forwarderTask = executor.submit(() -> forward(cameraId, feed));
        feeds.put(camera.id(), feed);
        LOG.info(() -> "Reading camera '" + camera.name() + "' from " + source.displayLocation() + " at "
                + camera.analysisFps() + " fps");
    }

    private void stop(UUID cameraId) {
        Feed feed = feeds.remove(cameraId);
        if (feed != null) {
            feed.running.set(false);
            feed.reader.stop();
            feed.forwarderTask.cancel(true);
            feed.readerTask.cancel(true);
        }
    }

    /** Frame store, then frame job; a full frames queue (the broker refuses) drops the frame, counted. */
    private void forward(String cameraId, Feed feed) {
        try (JMSContext jms = connectionFactory.createContext()) {
            var producer = jms.createProducer().setProperty("JMSXGroupID", cameraId);
            while (feed.running.get()) {
                CapturedFrame frame = feed.handOff.poll(Duration.ofMillis(500));
                if (frame == null) {
                    continue;
                }
                try {
                    String frameRef = frameStore.store(frame);
                    producer.send(frames, new FrameJob(cameraId, frame.capturedAt(), frameRef).toJson());
                    feed.sent.incrementAndGet();
                } catch (JMSRuntimeException | IllegalStateException e) {
                    feed.refused.incrementAndGet();
                    LOG.log(Level.FINE, "Frame of camera " + cameraId + " dropped", e);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forwarding frames of camera " + cameraId + " stopped: " + e.getMessage(), e);
        }
    }

    private StreamSource sourceOf(Camera camera) {
        if (!camera.hasCredentials()) {
            return StreamSource.of(camera.streamUrl());
        }
        String[] credentials = secrets.open(camera.sealedCredentials()).split("\n", 2);
        return new StreamSource(camera.streamUrl(), credentials[0], credentials.length > 1 ? credentials[1] : "");
    }

    /** A camera's reader health, and what its forwarder did. */
    public record FeedHealth(CameraHealth reader, long framesQueued, long framesRefusedByQueue) {
    }

    private static final class Feed {
        final CameraReader reader;
        final FrameQueue handOff;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong sent = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        Future<?> readerTask;
        Future<?> forwarderTask;

        Feed(CameraReader reader, FrameQueue handOff) {
            this.reader = reader;
            this.handOff = handOff;
        }
    }
}
