package dev.threshold.infrastructure.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Clips already cut, kept for a while: the viewer, a shared link and a reviewer asking for the same span get the
 * same file instead of a second cut. Only spans that ended a minute ago or more are kept (a later request for a
 * span reaching into the present must see what was recorded since). Identical requests at the same time wait for
 * the one cut. Each caller gets a file of its own (a link to the kept one), to move or delete as it likes.
 */
public final class ClipCache {

    private static final Logger LOG = Logger.getLogger(ClipCache.class.getName());

    /** A span still being recorded is not kept. */
    static final Duration SETTLED = Duration.ofMinutes(1);

    /** Cuts a clip into the given file. */
    @FunctionalInterface
    public interface Cut {
        Clip into(Path file) throws NoRecordingException;
    }

    private record Key(String cameraId, Instant from, Instant to) {}

    private record Kept(Clip clip, Instant keptAt) {}

    private final Path dir;
    private final Duration keep;
    private final int maxClips;
    private final Clock clock;
    private final Map<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, CompletableFuture<Clip>> cutting = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong cuts = new java.util.concurrent.atomic.AtomicLong();

    /** @param dir a folder of its own: what is in it when the cache starts is left over from before and removed */
    public ClipCache(Path dir, Duration keep, int maxClips, Clock clock) {
        this.dir = dir;
        this.keep = keep;
        this.maxClips = maxClips;
        this.clock = clock;
        try {
            Files.createDirectories(dir);
            try (var leftOver = Files.list(dir)) {
                leftOver.forEach(ClipCache::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("clips: cannot prepare the clip cache " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The clip of [from, to] as a file of the caller's at {@code out}, cut only if it is not kept already. */
    public Clip clip(String cameraId, Instant from, Instant to, Path out, Cut cut) throws NoRecordingException {
        if (to.isAfter(clock.instant().minus(SETTLED))) {
            Clip clip = cut.into(out);
            cuts.incrementAndGet();
            return clip;
        }
        Key key = new Key(cameraId, from, to);
        Clip master = keptClip(key);
        if (master == null) {
            CompletableFuture<Clip> mine = new CompletableFuture<>();
            CompletableFuture<Clip> running = cutting.putIfAbsent(key, mine);
            if (running == null) {
                try {
                    master = cut.into(dir.resolve(UUID.randomUUID() + ".mp4"));
                    cuts.incrementAndGet();
                    keep(key, master);
                    mine.complete(master);
                } catch (NoRecordingException | RuntimeException e) {
                    mine.completeExceptionally(e);
                    throw e;
                } finally {
                    cutting.remove(key);
                }
            } else {
                master = await(running);
            }
        }
        return new Clip(linkOrCopy(master.file(), out), master.start(), master.end(), master.reencoded());
    }

    /** Clips cut since the start (not served from the kept ones, nor refused or failed). */
    public long cuts() {
        return cuts.get();
    }

    /** Clips kept now. */
    public synchronized int size() {
        return kept.size();
    }

    private synchronized Clip keptClip(Key key) {
        evictExpired();
        Kept k = kept.get(key);
        return k == null || !Files.exists(k.clip().file()) ? null : k.clip();
    }

    private synchronized void keep(Key key, Clip clip) {
        kept.put(key, new Kept(clip, clock.instant()));
        while (kept.size() > maxClips) {
            Iterator<Kept> eldest = kept.values().iterator();
            deleteQuietly(eldest.next().clip().file());
            eldest.remove();
        }
    }

    private void evictExpired() {
        Instant oldest = clock.instant().minus(keep);
        kept.values().removeIf(k -> {
            boolean expired = k.keptAt().isBefore(oldest);
            if (expired) {
                deleteQuietly(k.clip().file());
            }
            return expired;
        });
    }

    private static Clip await(CompletableFuture<Clip> running) throws NoRecordingException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("clips: interrupted while waiting for the same clip's cut", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoRecordingException noRecording) {
                throw noRecording;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A hard link costs nothing and survives the kept file's eviction; a copy where links are not possible. */
    private static Path linkOrCopy(Path kept, Path out) {
        try {
            try {
                return Files.createLink(out, kept);
            } catch (UnsupportedOperationException | IOException noLink) {
                return Files.copy(kept, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("clips: cannot hand out the kept clip: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete " + file, e);
        }
    }
}
