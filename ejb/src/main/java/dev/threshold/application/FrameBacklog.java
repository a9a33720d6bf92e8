package dev.threshold.application;

import dev.threshold.domain.camera.AnalysedFrameRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many frame jobs of each camera wait on the {@code frames} queue: counted up when this node's camera feed sends
 * one, down when this node's analysis takes one. Above the bound — {@code threshold.frames.max-waiting-seconds} of the
 * camera's frames (default 10 s: 50 frames at 5 fps), at least 5 — the camera's reader drops frames, counted on its
 * health, instead of letting the queue grow while the analysis is behind. Counting in memory rather than asking the
 * broker keeps it free of cost on every frame; a redelivered job counted down twice cannot make it negative.
 *
 * <p>In a cluster another node's analysis may take the camera's jobs (the broker gives the camera's message group to
 * any consumer), and this node never hears of it. So a camera at its bound asks the database, at most every
 * {@link #RECHECK_MILLIS} ms, up to which capture time its frames were analysed anywhere, and stops counting the
 * frames up to it.
 */
@ApplicationScoped
public class FrameBacklog {

    static final long RECHECK_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(FrameBacklog.class.getName());

    @Inject
    @ConfigProperty(name = "threshold.frames.max-waiting-seconds", defaultValue = "10")
    double maxWaitingSeconds;

    @Inject
    AnalysedFrameRepository analysedFrames;

    @Inject
    Clock clock;

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    /** Whether the analysis is so far behind on this camera (analysed at {@code analysisFps}) that new frames should be dropped. */
    public boolean full(String cameraId, double analysisFps) {
        int bound = maxWaiting(analysisFps);
        Waiting jobs = waiting.get(cameraId);
        if (jobs == null || jobs.size() < bound) {
            return false;
        }
        Instant now = clock.instant();
        if (jobs.dueForRecheck(now)) {
            try {
                analysedFrames.latestCapture(cameraId).ifPresent(jobs::analysedUpTo);
            } catch (RuntimeException e) { // database away: stay behind until it answers
                LOG.log(Level.FINE, "Backlog of " + cameraId + " not rechecked", e);
            }
        }
        return jobs.size() >= bound;
    }

    public void sent(String cameraId, Instant capturedAt) {
        waiting.computeIfAbsent(cameraId, id -> new Waiting()).sent(capturedAt);
    }

    /** A frame job of the camera was taken by this node's analysis (whatever came of it). */
    public void taken(String cameraId) {
        Waiting jobs = waiting.get(cameraId);
        if (jobs != null) {
            jobs.taken();
        }
    }

    public int waiting(String cameraId) {
        Waiting jobs = waiting.get(cameraId);
        return jobs == null ? 0 : jobs.size();
    }

    public int maxWaiting(double analysisFps) {
        return (int) Math.max(5, Math.ceil(maxWaitingSeconds * analysisFps));
    }

    /** The camera's feed restarted: jobs sent before belong to nobody's count any more. */
    public void reset(String cameraId) {
        waiting.remove(cameraId);
    }

    /** One camera's jobs not yet known taken, by capture time, oldest first (a camera's jobs are taken in order). */
    private static final class Waiting {
        private final Deque<Instant> captures = new ArrayDeque<>();
        private Instant lastRecheck = Instant.EPOCH;

        synchronized void sent(Instant capturedAt) {
            captures.addLast(capturedAt);
        }

        synchronized void taken() {
            captures.pollFirst();
        }

        synchronized void analysedUpTo(Instant latest) {
            while (!captures.isEmpty() && !captures.peekFirst().isAfter(latest)) {
                captures.pollFirst();
            }
        }

        synchronized boolean dueForRecheck(Instant now) {
            if (now.isBefore(lastRecheck.plusMillis(RECHECK_MILLIS))) {
                return false;
            }
            lastRecheck = now;
            return true;
        }

        synchronized int size() {
            return captures.size();
        }
    }
}
