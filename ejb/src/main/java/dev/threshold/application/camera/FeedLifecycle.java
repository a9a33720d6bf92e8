package dev.threshold.application.camera;

import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.security.SecretBox;
import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.FrameQueue;
import dev.threshold.infrastructure.video.ReaderSettings;
import dev.threshold.infrastructure.video.SegmentRecorder;
import dev.threshold.infrastructure.video.SegmentStore;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Starts and stops the feeds of the cameras this node reads: per camera one reader on the server's managed executor,
 * decimating to the camera's analysis rate; one {@link FrameForwarder} that sends each analysed frame to the analysis
 * ({@link FrameDispatch}); and one recorder copying the camera's encoded stream into rolling segments (see
 * {@link RecordingPolicy}). Between reader and forwarder a small bounded queue, and in front of it the
 * {@link FrameBacklog}: when analysis falls behind, frames are dropped and counted, never piled up. Which cameras this
 * node reads, and when, is the {@link CameraLeaseKeeper}'s to say.
 */
@Singleton
@DependsOn("CameraPlugins")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // in the caller's transaction, if it has one: no database here
public class FeedLifecycle {

    /** Frames waiting between reader and forwarder: about one second at 5 fps. */
    static final int HAND_OFF_CAPACITY = 5;

    private static final Logger LOG = Logger.getLogger(FeedLifecycle.class.getName());

    /** Declared in configure.cli: threads are made as cameras come, up to 600 (cameras, plus footage); no queue. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/camera-readers")
    ManagedExecutorService executor;

    /** Set once the deployment stops: from then on no feed starts. */
    private volatile boolean closing;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    @Inject
    SegmentStore segmentStore;

    @Inject
    RecordingPolicy recording;

    @Inject
    FrameBacklog backlog;

    @Inject
    FrameDispatch dispatch;

    private final Map<UUID, Feed> feeds = new ConcurrentHashMap<>();

    /**
     * Starts the camera's reader, forwarder and recorder; a feed of the camera already running is stopped. Nothing
     * once the deployment is closing, for a stream that cannot be read (said in the log), or when no camera-readers
     * thread is free: then the camera waits for the next lease renewal.
     *
     * @param leaseHeld whether this node still holds the camera's lease: its frames go to the analysis only then
     */
    public void start(Camera camera, BooleanSupplier leaseHeld) {
        if (closing) {
            return;
        }
        StreamSource source;
        try {
            source = sourceOf(camera);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Camera '" + camera.name() + "' cannot be read: " + e.getMessage());
            return;
        }
        String cameraId = camera.id().toString();
        FrameQueue handOff = new FrameQueue(HAND_OFF_CAPACITY);
        backlog.reset(cameraId);
        FrameDispatch.Channel channel = dispatch.open(cameraId, null, camera.analysisFps());
        // Refused while the analysis is behind on this camera: the reader counts it as dropped.
        CameraReader reader = new CameraReader(
                cameraId,
                source,
                ReaderSettings.DEFAULTS.withAnalysisFps(camera.analysisFps()).withRealTime(true),
                frame -> !channel.behind() && handOff.offer(frame),
                clock);
        // A rendered camera (the demo's) has no encoded stream to copy into segments.
        SegmentRecorder recorder = recording.enabled() && source.kind() != StreamSource.Kind.RENDERED
                ? new SegmentRecorder(cameraId, source, recording.recorderSettings(), segmentStore, clock)
                : null;
        Feed feed = new Feed(
                camera.id(),
                Feed.Stream.of(camera),
                reader,
                new FrameForwarder(handOff, channel, leaseHeld),
                recorder,
                clock.instant());
        try {
            feed.readerTask = executor.submit(reader);
            feed.forwarderTask = executor.submit(feed.forwarder);
            if (recorder != null) {
                feed.recorderTask = executor.submit(recorder);
            }
        } catch (RejectedExecutionException e) {
            // Every thread of camera-readers is taken: this camera waits for the next renewal rather than failing
            // the deployment (and the cameras already started) with it.
            feed.halt();
            channel.close();
            LOG.warning(() -> "Camera '" + camera.name() + "' not started: no camera-readers thread is free ("
                    + e.getMessage() + "); the next lease renewal tries again");
            return;
        }
        // The renewal and an asynchronous restart may start one camera at once: the feed replaced is stopped, not
        // left reading with nobody to stop it (each leaked reader and forwarder keeps a thread of camera-readers).
        Feed replaced = feeds.put(camera.id(), feed);
        if (replaced != null) {
            replaced.halt();
        }
        if (closing) {
            stop(camera.id());
            return;
        }
        LOG.info(() -> "Reading camera '" + camera.name() + "' from " + source.displayLocation() + " at "
                + camera.analysisFps() + " fps" + (recorder == null ? "" : ", recording it"));
    }

    /** Stops the camera's feed, if it runs. */
    public void stop(UUID cameraId) {
        Feed feed = feeds.remove(cameraId);
        if (feed != null) {
            feed.halt();
        }
    }

    /** The cameras whose feed runs on this node. */
    public Set<UUID> running() {
        return Set.copyOf(feeds.keySet());
    }

    public boolean running(UUID cameraId) {
        return feeds.containsKey(cameraId);
    }

    /** Whether the camera's feed runs with its stream as now configured (address, credentials, rate). */
    public boolean runsAsConfigured(Camera camera) {
        Feed feed = feeds.get(camera.id());
        return feed != null && feed.stream.equals(Feed.Stream.of(camera));
    }

    /** Whether the camera's reader has finished (a video file read to its end, or an internal error). */
    public boolean readerFinished(UUID cameraId) {
        Feed feed = feeds.get(cameraId);
        return feed != null && feed.reader.health().finished();
    }

    /** The camera's running feed, for its health. */
    public Optional<Feed> feed(UUID cameraId) {
        return Optional.ofNullable(feeds.get(cameraId));
    }

    /**
     * From now on no feed starts (a restart still in flight must not start a reader that nobody will stop); every
     * feed is stopped.
     *
     * @return the cameras whose feed was running
     */
    public Set<UUID> close() {
        closing = true;
        Set<UUID> stopped = running();
        stopped.forEach(this::stop);
        return stopped;
    }

    @PreDestroy
    void stopAll() {
        close();
    }

    private StreamSource sourceOf(Camera camera) {
        if (!camera.hasCredentials()) {
            return StreamSource.of(camera.streamUrl());
        }
        String[] credentials = secrets.open(camera.sealedCredentials()).split("\n", 2);
        return new StreamSource(camera.streamUrl(), credentials[0], credentials.length > 1 ? credentials[1] : "");
    }
}
