package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WorkLimitTest {

    @Test
    void overTheLimitARequestIsRefusedAtOnceWithWhenToRetry() throws Exception {
        WorkLimit limit = new WorkLimit(2);
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(() -> limit.run("a", Duration.ZERO, () -> hold(started, release, "a")));
            Future<String> b = pool.submit(() -> limit.run("b", Duration.ZERO, () -> hold(started, release, "b")));
            started.await();
            assertEquals(2, limit.running());

            WorkLimit.BusyException busy = assertThrows(
                    WorkLimit.BusyException.class, () -> limit.run("the clip from 08:00", Duration.ZERO, () -> "c"));
            assertTrue(busy.getMessage().contains("threshold.video.max-concurrent-cuts"), busy.getMessage());
            assertTrue(busy.getMessage().contains("the clip from 08:00"), busy.getMessage());
            assertTrue(busy.retryAfterSeconds() > 0);

            release.countDown();
            assertEquals("a", a.get());
            assertEquals("b", b.get());
            assertEquals(0, limit.running());
            assertEquals("c", limit.run("c", Duration.ZERO, () -> "c"), "a freed slot is taken again");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void backgroundWorkWaitsForItsTurn() throws Exception {
        WorkLimit limit = new WorkLimit(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> limit.run("a", Duration.ZERO, () -> hold(started, release, "a")));
            started.await();
            Future<String> waiting = pool.submit(() -> limit.run("e-mail picture", Duration.ofMinutes(1), () -> "b"));
            release.countDown();
            assertEquals("a", first.get());
            assertEquals("b", waiting.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlotIsFreedWhenTheWorkFails() {
        WorkLimit limit = new WorkLimit(1);
        assertThrows(
                NoRecordingException.class,
                () -> limit.run("x", Duration.ZERO, () -> {
                    throw new NoRecordingException("none");
                }));
        assertEquals(0, limit.running());
        assertThrows(IllegalArgumentException.class, () -> new WorkLimit(0));
    }

    private static String hold(CountDownLatch started, CountDownLatch release, String result) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }
}
