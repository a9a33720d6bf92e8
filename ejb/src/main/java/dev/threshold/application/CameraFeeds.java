package dev.threshold.application;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.infrastructure.security.SecretBox;
import dev.threshold.infrastructure.video.CameraHealth;
import dev.threshold.infrastructure.video.CameraReader;
import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameQueue;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.ReaderSettings;
import dev.threshold.infrastructure.video.RecorderStatus;
import dev.threshold.infrastructure.video.SegmentRecorder;
import dev.threshold.infrastructure.video.SegmentStore;
import dev.threshold.infrastructure.video.StreamSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads and records every enabled camera: one reader per camera on the server's managed executor, decimating to the
 * camera's analysis rate; one forwarder that stores each analysed frame as a JPEG (the frame store) and puts a frame
 * job on the {@code frames} queue, grouped by camera (JMSXGroupID) so one consumer sees a camera's frames in order;
 * and one recorder copying the camera's encoded stream into rolling segments (see {@link RecordingPolicy}). Between
 * reader and forwarder a small bounded queue, and in front of it the {@link FrameBacklog}: when analysis falls
 * behind, frames are dropped and counted, never piled up.
 *
 * <p>A node reads a camera only while it holds the camera's lease ({@link CameraLeases}): several nodes may share one
 * database, and each camera must be read by exactly one of them. Every renewal interval this node renews the leases
 * it holds, takes those that ran out (another node died) and stops the cameras whose lease another node has taken,
 * or which it could not renew (it lost the database) before their lease runs out. A node alone takes every lease at its start, so nothing changes for a single server.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "NativeLibraries"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CameraFeeds {

    /** Frames waiting between reader and forwarder: about one second at 5 fps. */
    static final int HAND_OFF_CAPACITY = 5;
    private static final Logger LOG = Logger.getLogger(CameraFeeds.class.getName());

    /** Declared in configure.cli: threads are made as cameras come, up to 300 (100 cameras, plus footage); no queue. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/camera-readers")
    ManagedExecutorService executor;

    /** Set once the deployment stops: from then on no feed starts. */
    private volatile boolean closing;

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
    SegmentStore segmentStore;

    @Inject
    RecordingPolicy recording;

    @Inject
    FrameBacklog backlog;

    @Inject
    FrameDispatch dispatch;

    @EJB
    CameraLeases leases;

    /** Renews the leases on a thread of its own: the EJB timers' threads may all wait on a broker that restarts. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> renewal;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @Inject
    @ConfigProperty(name = "threshold.frames.retention-minutes", defaultValue = "10")
    long retentionMinutes;

    private final Map<UUID, Feed> feeds = new ConcurrentHashMap<>();
    /** Until when this node holds each camera it reads, as of its last renewal. */
    private final Map<UUID, Instant> heldUntil = new ConcurrentHashMap<>();

    /** When this node began reading cameras: an enabled camera nobody reads counts as stalled from here. */
    private volatile Instant startedAt;

    @PostConstruct
    void startEnabledCameras() {
        startedAt = clock.instant();
        keepLeases();
        long every = leases.renewalInterval().toMillis();
        renewal = scheduler.scheduleWithFixedDelay(self::keepLeases, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopAll() {
        closing = true; // a restart still in flight (asynchronous) must not start a reader that nobody will stop
        renewal.cancel(false);
        for (UUID cameraId : feeds.keySet()) {
            stop(cameraId);
            giveUp(cameraId); // another node may take it at once, not only when the lease runs out
        }
    }

    /**
     * Renews the leases of the cameras this node reads, takes those nobody holds (or whose holder stopped renewing)
     * and starts them; stops a camera that was disabled or removed (on any node), whose lease another node now has,
     * or whose lease this node could not renew (it lost the database) one renewal before it runs out, when another
     * node may take it. Outside a transaction: each lease is a transaction of its own, and a database that is away
     * must not stop the renewals. Public for the scheduler, which calls it through the bean.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void keepLeases() {
        renewLeases();
    }

    /*
     * The locks are on the bean, in private methods: WildFly's view proxy copies a public method's "synchronized" and
     * then holds the proxy's monitor while the call waits for the deployment's start. A renewal that came before the
     * end of a slow deployment held it, and the deployment's own camera change (the demo's set-up) waited for it: the
     * deployment hung (bench/soak, on a loaded machine).
     */
    private synchronized void renewLeases() {
        Instant now = clock.instant();
        List<Camera> enabled;
        try {
            enabled = cameras.all().stream().filter(Camera::enabled).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Camera leases not renewed: the cameras cannot be read", e);
            feeds.keySet().forEach(id -> stopIfRunningOut(id, now));
            return;
        }
        Set<UUID> wanted = enabled.stream().map(Camera::id).collect(Collectors.toSet());
        for (UUID id : feeds.keySet()) {
            if (!wanted.contains(id)) { // disabled or removed on another node, whose restart() cannot reach this one
                stop(id);
                giveUp(id);
            }
        }
        for (Camera camera : enabled) {
            keepLease(camera, now);
        }
    }

    private void keepLease(Camera camera, Instant now) {
        UUID id = camera.id();
        Optional<Instant> until;
        try {
            until = leases.take(id);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Lease of camera " + id + " not renewed", e);
            stopIfRunningOut(id, now);
            return;
        }
        if (until.isEmpty()) {
            if (feeds.containsKey(id)) {
                lost(id, "another node holds its lease");
            }
            return;
        }
        heldUntil.put(id, until.get());
        Feed feed = feeds.get(id);
        if (feed != null && !feed.stream.equals(FeedStream.of(camera))) {
            stop(id); // changed on another node, whose restart() could not reach this one
            feed = null;
        }
        if (feed == null) {
            start(camera);
        }
    }

    /** A lease not renewed is given up a renewal before it runs out, so that its reader has stopped by then. */
    private void stopIfRunningOut(UUID id, Instant now) {
        Instant held = heldUntil.get(id);
        if (held != null && !now.plus(leases.renewalInterval()).isBefore(held)) {
            lost(id, "its lease could not be renewed and is about to run out");
        }
    }

    private void lost(UUID cameraId, String why) {
        stop(cameraId);
        heldUntil.remove(cameraId);
        LOG.info(() -> "Stopped reading camera " + cameraId + ": " + why);
    }

    private void giveUp(UUID cameraId) {
        heldUntil.remove(cameraId);
        try {
            leases.release(cameraId);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Lease of camera " + cameraId + " not released; it runs out by itself", e);
        }
    }

    /**
     * After a camera's change is committed: restart its feed, on another thread, since the committed transaction's
     * completion is no place to read the database.
     */
    public void cameraChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged changed) {
        self.restart(changed.cameraId());
    }

    /**
     * Brings the camera's feed to what is now configured: stopped if disabled or removed, started if not running,
     * restarted if its stream changed (address, credentials, rate), and left alone if it runs with what is configured:
     * starting a running camera is a no-op, so that a change that does not touch the stream (its scene, its name) never
     * cuts a reader short. Nothing when another node holds its lease: that node acts on the same change. One at a time:
     * two changes committed together (a camera registered, then its scene placed) arrive at once, and two overlapping
     * starts would each start a reader, one of them never stopped.
     */
    @Asynchronous
    public void restart(UUID cameraId) {
        restartFeed(cameraId);
    }

    private synchronized void restartFeed(UUID cameraId) {
        Optional<Camera> enabled = cameras.find(cameraId).filter(Camera::enabled);
        Feed running = feeds.get(cameraId);
        if (running != null && enabled.isPresent() && running.stream.equals(FeedStream.of(enabled.get()))
                && leaseHeld(cameraId) && !running.reader.health().finished()) {
            return;
        }
        stop(cameraId);
        if (enabled.isEmpty()) {
            giveUp(cameraId);
            return;
        }
        try {
            Optional<Instant> until = leases.take(cameraId);
            if (until.isPresent()) {
                heldUntil.put(cameraId, until.get());
                start(enabled.get());
            }
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Camera " + cameraId + " not restarted: its lease could not be taken ("
                    + e.getMessage() + "); the next renewal tries again", e);
        }
    }

    /**
     * The camera's health, or empty when this node does not read it (disabled, no stream, or its lease is another
     * node's or has run out here).
     */
    public Optional<FeedHealth> health(UUID cameraId) {
        Feed feed = feeds.get(cameraId);
        return feed == null || !leaseHeld(cameraId) ? Optional.empty()
                : Optional.of(new FeedHealth(feed.reader.health(), feed.sent.get(), feed.refused.get(),
                        backlog.waiting(cameraId.toString()),
                        feed.recorder == null ? null : feed.recorder.status(), feed.startedAt));
    }

    /** When this node began reading cameras (its deployment). */
    public Instant startedAt() {
        return startedAt;
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void deleteOldFrames() {
        long deleted = frameStore.deleteOlderThan(clock.instant().minus(Duration.ofMinutes(retentionMinutes)));
        if (deleted > 0) {
            LOG.fine(() -> "Deleted " + deleted + " analysed frames older than " + retentionMinutes + " min");
        }
    }

    /**
     * Recorders delete their own old segments as they write; this also covers cameras that stopped or were removed,
     * and the total size of all cameras' recordings together.
     */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void deleteOldRecordings() {
        long deleted = 0;
        for (String cameraId : segmentStore.cameraIds()) {
            deleted += segmentStore.applyRetention(cameraId, recording.maxAge(), Long.MAX_VALUE, clock.instant());
        }
        deleted += segmentStore.applyTotalRetention(recording.maxTotalBytes());
        // Clips are the caller's to move or delete; what is left after an hour was forgotten. Footage is deleted once
        // read; what is older than a day was left by a crash.
        deleteFilesOlderThan(Path.of(serverDataDir, "threshold", "clips"), Duration.ofHours(1));
        deleteFilesOlderThan(Path.of(serverDataDir, "threshold", "footage"), Duration.ofDays(1));
        if (deleted > 0) {
            long count = deleted;
            LOG.fine(() -> "Deleted " + count + " recording segments (retention " + recording.maxAge().toHours()
                    + " h, " + recording.maxTotalBytes() + " bytes in all)");
        }
    }

    private void deleteFilesOlderThan(Path folder, Duration age) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        FileTime cutoff = FileTime.from(clock.instant().minus(age));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot clean " + folder + ": " + e.getMessage());
        }
    }

    private void start(Camera camera) {
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
        CameraReader reader = new CameraReader(cameraId, source,
                ReaderSettings.DEFAULTS.withAnalysisFps(camera.analysisFps()).withRealTime(true),
                frame -> !channel.behind() && handOff.offer(frame), clock);
        // The demo camera renders pictures; it has no encoded stream to copy into segments.
        SegmentRecorder recorder = recording.enabled() && source.kind() != StreamSource.Kind.DEMO
                ? new SegmentRecorder(cameraId, source, recording.recorderSettings(), segmentStore, clock) : null;
        Feed feed = new Feed(camera.id(), FeedStream.of(camera), reader, handOff, recorder, clock.instant());
        try {
            feed.readerTask = executor.submit(reader);
            feed.forwarderTask = executor.submit(() -> forward(feed, channel));
            if (recorder != null) {
                feed.recorderTask = executor.submit(recorder);
            }
        } catch (RejectedExecutionException e) {
            // Every thread of camera-readers is taken: this camera waits for the next renewal rather than failing
            // the deployment (and the cameras already started) with it.
            halt(feed);
            channel.close();
            LOG.warning(() -> "Camera '" + camera.name() + "' not started: no camera-readers thread is free ("
                    + e.getMessage() + "); the next lease renewal tries again");
            return;
        }
        // The renewal and an asynchronous restart may start one camera at once: the feed replaced is stopped, not
        // left reading with nobody to stop it (each leaked reader and forwarder keeps a thread of camera-readers).
        Feed replaced = feeds.put(camera.id(), feed);
        if (replaced != null) {
            halt(replaced);
        }
        if (closing) {
            stop(camera.id());
            return;
        }
        LOG.info(() -> "Reading camera '" + camera.name() + "' from " + source.displayLocation() + " at "
                + camera.analysisFps() + " fps" + (recorder == null ? "" : ", recording it"));
    }

    private void stop(UUID cameraId) {
        Feed feed = feeds.remove(cameraId);
        if (feed != null) {
            halt(feed);
        }
    }

    private static void halt(Feed feed) {
        feed.running.set(false);
        feed.reader.stop();
        if (feed.forwarderTask != null) {
            feed.forwarderTask.cancel(true);
        }
        if (feed.readerTask != null) {
            feed.readerTask.cancel(true);
        }
        if (feed.recorder != null) {
            feed.recorder.stop(); // not interrupted: it finishes its segment so the file stays whole
        }
    }

    /** Frame store, then frame job; a full frames queue (the broker refuses) drops the frame, counted. */
    private boolean leaseHeld(UUID cameraId) {
        return clock.instant().isBefore(heldUntil.getOrDefault(cameraId, Instant.EPOCH));
    }

    private void forward(Feed feed, FrameDispatch.Channel channel) {
        try (channel) {
            while (feed.running.get()) {
                CapturedFrame frame = feed.handOff.poll(Duration.ofMillis(500));
                if (frame == null) {
                    continue;
                }
                if (!leaseHeld(feed.cameraId)) {
                    // Not renewed in time (a late renewal, the database away): the camera may be another node's
                    // now, and its frames must not be analysed twice. Dropped until renewed or stopped.
                    feed.refused.incrementAndGet();
                    continue;
                }
                try {
                    channel.send(frame);
                    feed.sent.incrementAndGet();
                } catch (JMSRuntimeException | IllegalStateException | java.io.UncheckedIOException e) {
                    feed.refused.incrementAndGet();
                    LOG.log(Level.FINE, "Frame of camera " + channel.sourceId() + " dropped", e);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forwarding frames of camera " + channel.sourceId() + " stopped: " + e.getMessage(), e);
        }
    }

    private StreamSource sourceOf(Camera camera) {
        if (!camera.hasCredentials()) {
            return StreamSource.of(camera.streamUrl());
        }
        String[] credentials = secrets.open(camera.sealedCredentials()).split("\n", 2);
        return new StreamSource(camera.streamUrl(), credentials[0], credentials.length > 1 ? credentials[1] : "");
    }

    /**
     * A camera's reader health, what its forwarder did, how many of its frame jobs wait for the analysis, and its
     * recording (null when recording is off).
     */
    public record FeedHealth(CameraHealth reader, long framesQueued, long framesRefusedByQueue, int framesWaiting,
                             RecorderStatus recording, Instant startedAt) {
    }

    /** What a feed was started with: a change of any of it (on whichever node) restarts the feed. */
    private record FeedStream(String url, String sealedCredentials, double analysisFps) {
        static FeedStream of(Camera camera) {
            return new FeedStream(camera.streamUrl(), camera.sealedCredentials(), camera.analysisFps());
        }
    }

    private static final class Feed {
        final UUID cameraId;
        final FeedStream stream;
        final CameraReader reader;
        final FrameQueue handOff;
        final SegmentRecorder recorder;
        final Instant startedAt;
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong sent = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        Future<?> readerTask;
        Future<?> forwarderTask;
        Future<?> recorderTask;

        Feed(UUID cameraId, FeedStream stream, CameraReader reader, FrameQueue handOff, SegmentRecorder recorder,
             Instant startedAt) {
            this.cameraId = cameraId;
            this.startedAt = startedAt;
            this.stream = stream;
            this.reader = reader;
            this.handOff = handOff;
            this.recorder = recorder;
        }
    }
}
