package dev.threshold.application.camera;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Which cameras this node reads. A node reads a camera only while it holds the camera's lease ({@link CameraLeases}):
 * several nodes may share one database, and each camera must be read by exactly one of them. Every renewal interval
 * this node renews the leases it holds, takes those that ran out (another node died) and stops the cameras whose lease
 * another node has taken, or which it could not renew (it lost the database) before their lease runs out. A node
 * alone takes every lease at its start, so nothing changes for a single server. A camera's change committed on this
 * node restarts its feed at once. The feeds themselves are {@link FeedLifecycle}'s.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "NativeLibraries", "FeedLifecycle"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CameraLeaseKeeper {

    private static final Logger LOG = Logger.getLogger(CameraLeaseKeeper.class.getName());

    @Inject
    CameraRepository cameras;

    @EJB
    CameraLeaseKeeper self;

    @EJB
    CameraLeases leases;

    @EJB
    FeedLifecycle feeds;

    @Inject
    Clock clock;

    /** Renews the leases on a thread of its own: the EJB timers' threads may all wait on a broker that restarts. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> renewal;

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
        Set<UUID> stopped = feeds.close(); // first: a restart still in flight must not start a reader
        renewal.cancel(false);
        stopped.forEach(this::giveUp); // another node may take them at once, not only when the lease runs out
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
            feeds.running().forEach(id -> stopIfRunningOut(id, now));
            return;
        }
        Set<UUID> wanted = enabled.stream().map(Camera::id).collect(Collectors.toSet());
        for (UUID id : feeds.running()) {
            if (!wanted.contains(id)) { // disabled or removed on another node, whose restart() cannot reach this one
                feeds.stop(id);
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
            if (feeds.running(id)) {
                lost(id, "another node holds its lease");
            }
            return;
        }
        heldUntil.put(id, until.get());
        if (!feeds.runsAsConfigured(camera)) { // not running, or changed on another node (whose restart() could
            feeds.stop(id); // not reach this one)
            start(camera);
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
     * cuts a reader short. Nothing when another node holds its lease: that node acts on the same change. One at a time
     * (and never during a renewal): two changes committed together (a camera registered, then its scene placed) arrive
     * at once, and two overlapping starts would each start a reader, one of them never stopped.
     */
    @Asynchronous
    public void restart(UUID cameraId) {
        restartFeed(cameraId);
    }

    private synchronized void restartFeed(UUID cameraId) {
        Optional<Camera> enabled = cameras.find(cameraId).filter(Camera::enabled);
        if (enabled.isPresent()
                && feeds.runsAsConfigured(enabled.get())
                && leaseHeld(cameraId)
                && !feeds.readerFinished(cameraId)) {
            return;
        }
        feeds.stop(cameraId);
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
            LOG.log(
                    Level.WARNING,
                    "Camera " + cameraId + " not restarted: its lease could not be taken (" + e.getMessage()
                            + "); the next renewal tries again",
                    e);
        }
    }

    /** Whether this node holds the camera's lease now, as of its last renewal. */
    public boolean leaseHeld(UUID cameraId) {
        return clock.instant().isBefore(heldUntil.getOrDefault(cameraId, Instant.EPOCH));
    }

    /** When this node began reading cameras (its deployment). */
    public Instant startedAt() {
        return startedAt;
    }

    private void start(Camera camera) {
        UUID id = camera.id();
        feeds.start(camera, () -> leaseHeld(id));
    }

    /** A lease not renewed is given up a renewal before it runs out, so that its reader has stopped by then. */
    private void stopIfRunningOut(UUID id, Instant now) {
        Instant held = heldUntil.get(id);
        if (held != null && !now.plus(leases.renewalInterval()).isBefore(held)) {
            lost(id, "its lease could not be renewed and is about to run out");
        }
    }

    private void lost(UUID cameraId, String why) {
        feeds.stop(cameraId);
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
}
