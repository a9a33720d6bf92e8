package dev.threshold.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many frame jobs of each camera wait on the {@code frames} queue on this node: counted up when the camera feed
 * sends one, down when the analysis takes one. Above the bound — {@code threshold.frames.max-waiting-seconds} of the
 * camera's frames (default 10 s: 50 frames at 5 fps), at least 5 — the camera's reader drops frames, counted on its
 * health, instead of letting the queue grow while the analysis is behind. Counting in memory rather than asking the
 * broker keeps it free of cost on every frame; a redelivered job counted down twice cannot push it below zero.
 */
@ApplicationScoped
public class FrameBacklog {

    @Inject
    @ConfigProperty(name = "threshold.frames.max-waiting-seconds", defaultValue = "10")
    double maxWaitingSeconds;

    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

    /** Whether the analysis is so far behind on this camera (analysed at {@code analysisFps}) that new frames should be dropped. */
    public boolean full(String cameraId, double analysisFps) {
        return waiting(cameraId) >= maxWaiting(analysisFps);
    }

    public void sent(String cameraId) {
        waiting.computeIfAbsent(cameraId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** A frame job of the camera was taken by the analysis (whatever came of it). */
    public void taken(String cameraId) {
        AtomicInteger count = waiting.get(cameraId);
        if (count != null) {
            count.getAndUpdate(n -> Math.max(0, n - 1));
        }
    }

    public int waiting(String cameraId) {
        AtomicInteger count = waiting.get(cameraId);
        return count == null ? 0 : count.get();
    }

    public int maxWaiting(double analysisFps) {
        return (int) Math.max(5, Math.ceil(maxWaitingSeconds * analysisFps));
    }

    /** The camera's feed restarted: jobs sent before belong to nobody's count any more. */
    void reset(String cameraId) {
        waiting.remove(cameraId);
    }
}
