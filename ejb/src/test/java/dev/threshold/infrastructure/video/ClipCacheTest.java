package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipCacheTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant FROM = NOW.minusSeconds(600);
    static final Instant TO = NOW.minusSeconds(570);

    @TempDir
    Path temp;

    private final AtomicInteger cuts = new AtomicInteger();

    private Clip cut(Path file) throws NoRecordingException {
        cuts.incrementAndGet();
        try {
            Files.writeString(file, "mp4 of " + FROM);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Clip(file, FROM.minusSeconds(1), TO, false);
    }

    private ClipCache cache(Clock clock) {
        return new ClipCache(temp.resolve("cache"), Duration.ofMinutes(10), 2, clock);
    }

    @Test
    void theSameSpanTwiceIsCutOnceAndEachCallerGetsAFileOfItsOwn() throws Exception {
        ClipCache cache = cache(Clock.fixed(NOW, ZoneOffset.UTC));
        Clip first = cache.clip("door", FROM, TO, temp.resolve("a.mp4"), this::cut);
        Clip second = cache.clip("door", FROM, TO, temp.resolve("b.mp4"), this::cut);
        assertEquals(1, cuts.get());
        assertEquals(1, cache.cuts(), "what the metrics show");
        assertNotEquals(first.file(), second.file());
        assertEquals(first.start(), second.start());
        Files.delete(first.file()); // the caller's own: deleting it leaves the kept clip
        assertEquals(
                "mp4 of " + FROM,
                Files.readString(cache.clip("door", FROM, TO, temp.resolve("c.mp4"), this::cut)
                        .file()));
        assertEquals(1, cuts.get());

        cache.clip("lobby", FROM, TO, temp.resolve("d.mp4"), this::cut);
        assertEquals(2, cuts.get(), "another camera is another clip");
    }

    @Test
    void identicalRequestsAtOnceWaitForTheOneCut() throws Exception {
        ClipCache cache = cache(Clock.fixed(NOW, ZoneOffset.UTC));
        CountDownLatch cutting = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Clip> a = pool.submit(() -> cache.clip("door", FROM, TO, temp.resolve("a.mp4"), file -> {
                cutting.countDown();
                try {
                    finish.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return cut(file);
            }));
            cutting.await();
            Future<Clip> b = pool.submit(() -> cache.clip("door", FROM, TO, temp.resolve("b.mp4"), this::cut));
            finish.countDown();
            assertTrue(Files.exists(a.get().file()));
            assertTrue(Files.exists(b.get().file()));
            assertEquals(1, cuts.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSpanStillBeingRecordedIsCutEachTime() throws Exception {
        ClipCache cache = cache(Clock.fixed(NOW, ZoneOffset.UTC));
        Instant recent = NOW.minusSeconds(20);
        cache.clip("door", recent.minusSeconds(30), recent, temp.resolve("a.mp4"), this::cut);
        cache.clip("door", recent.minusSeconds(30), recent, temp.resolve("b.mp4"), this::cut);
        assertEquals(2, cuts.get());
        assertEquals(0, cache.size());
    }

    @Test
    void keptClipsExpireAndTheOldestGoFirst() throws Exception {
        Instant[] now = {NOW};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        ClipCache cache = cache(clock);
        cache.clip("a", FROM, TO, temp.resolve("1.mp4"), this::cut);
        cache.clip("b", FROM, TO, temp.resolve("2.mp4"), this::cut);
        cache.clip("c", FROM, TO, temp.resolve("3.mp4"), this::cut);
        assertEquals(2, cache.size(), "at most two kept");
        cache.clip("a", FROM, TO, temp.resolve("4.mp4"), this::cut);
        assertEquals(4, cuts.get(), "the eldest was evicted");
        now[0] = NOW.plus(Duration.ofMinutes(11));
        cache.clip("a", FROM, TO, temp.resolve("5.mp4"), this::cut);
        assertEquals(5, cuts.get(), "expired after ten minutes");
        try (var files = Files.list(temp.resolve("cache"))) {
            assertEquals(1, files.count(), "evicted files are deleted");
        }
    }

    @Test
    void aFailedCutIsNotKept() throws Exception {
        ClipCache cache = cache(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(
                NoRecordingException.class,
                () -> cache.clip("door", FROM, TO, temp.resolve("a.mp4"), file -> {
                    throw new NoRecordingException("nothing recorded");
                }));
        assertEquals(0, cache.size());
        assertEquals(0, cache.cuts(), "a failed cut is not counted");
        cache.clip("door", FROM, TO, temp.resolve("b.mp4"), this::cut);
        assertEquals(1, cuts.get());
        assertFalse(Files.exists(temp.resolve("a.mp4")));
    }
}
