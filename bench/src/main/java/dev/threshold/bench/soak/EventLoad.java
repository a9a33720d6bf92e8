package dev.threshold.bench.soak;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kisi's side of the soak: events at a steady rate, each signed, on a ticker that does not wait for answers (a slow
 * answer delays no later event; its latency counts from the moment it was due). Each camera door gets a granted
 * unlock every 15–20 s, so each opens a window of its own (windows group unlocks within 10 s); the other events are
 * granted and denied unlocks on 40 doors without cameras.
 */
final class EventLoad {

    private static final int OTHER_DOORS = 40;
    private static final int OTHER_FIRST_LOCK = 910_000;

    private final ServerApi api;
    private final String actor;
    private final double perSecond;
    private final List<String> cameraLocks;
    private final ExecutorService senders = Executors.newFixedThreadPool(32);
    private final Random random = new Random(42);
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong cameraUnlocksStored = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running = true;
    private Thread ticker;

    EventLoad(ServerApi api, String actor, double perSecond, List<String> cameraLocks) {
        this.api = api;
        this.actor = actor;
        this.perSecond = perSecond;
        this.cameraLocks = cameraLocks;
    }

    void start() {
        ticker = new Thread(this::tick, "soak-events");
        ticker.start();
    }

    private void tick() {
        long periodNanos = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long[] nextUnlock = new long[cameraLocks.size()];
        for (int d = 0; d < nextUnlock.length; d++) {
            nextUnlock[d] = start + TimeUnit.MILLISECONDS.toNanos(1000 + random.nextInt(15_000));
        }
        for (long n = 0; running; n++) {
            long due = start + n * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
            String lock = null;
            boolean cameraDoor = false;
            for (int d = 0; d < nextUnlock.length && lock == null; d++) {
                if (nextUnlock[d] <= due) {
                    lock = cameraLocks.get(d);
                    cameraDoor = true;
                    nextUnlock[d] = due + TimeUnit.MILLISECONDS.toNanos(15_000 + random.nextInt(5000));
                }
            }
            boolean granted = cameraDoor || random.nextInt(10) < 7;
            if (lock == null) {
                lock = String.valueOf(OTHER_FIRST_LOCK + random.nextInt(OTHER_DOORS));
            }
            String body = event(lock, granted);
            boolean counted = cameraDoor;
            senders.submit(() -> send(body, due, counted));
        }
    }

    private void send(String body, long dueNanos, boolean cameraDoor) {
        try {
            int status = api.postEvent(body);
            latencies.add((System.nanoTime() - dueNanos) / 1000);
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (status == 201 && cameraDoor) {
                cameraUnlocksStored.incrementAndGet();
            }
        } catch (Exception e) {
            failures.incrementAndGet();
        }
    }

    private String event(String lock, boolean granted) {
        return """
                {"uuid":"%s","type":"lock.unlock","success":%s,"actor_type":"User","actor_id":7,"actor_name":"%s",\
                "object_type":"Lock","object_id":%s,"object_name":"Soak door %s","organization_id":12,\
                "place_id":34,"created_at":"%s"}""".formatted(UUID.randomUUID(), granted, actor, lock, lock, Instant.now());
    }

    /** The latencies (µs) of the answers received since the last call. */
    List<Long> drainLatencies() {
        List<Long> out = new ArrayList<>();
        for (Long l = latencies.poll(); l != null; l = latencies.poll()) {
            out.add(l);
        }
        return out;
    }

    long answered(int status) {
        AtomicLong n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    Map<Integer, AtomicLong> statuses() {
        return statuses;
    }

    long failures() {
        return failures.get();
    }

    long cameraUnlocksStored() {
        return cameraUnlocksStored.get();
    }

    /** Stops the ticker and waits for the answers of what was sent. */
    void stop() throws InterruptedException {
        running = false;
        ticker.interrupt();
        ticker.join();
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
    }
}
