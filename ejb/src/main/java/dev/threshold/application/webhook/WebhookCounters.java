package dev.threshold.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the Kisi webhook did since this server started, for the settings page and /api/kisi/webhook: an admin sees
 * at once that events are refused for a wrong signature or a foreign place. Per server node, not persisted.
 */
@ApplicationScoped
public class WebhookCounters {

    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong unsigned = new AtomicLong();
    private final AtomicLong refusedSignature = new AtomicLong();
    private final AtomicLong refusedForeign = new AtomicLong();
    private final AtomicLong invalid = new AtomicLong();
    private final AtomicLong refusedUntimely = new AtomicLong();

    void stored(boolean signed) {
        stored.incrementAndGet();
        if (!signed) {
            unsigned.incrementAndGet();
        }
    }

    void duplicate() {
        duplicates.incrementAndGet();
    }

    void refusedSignature() {
        refusedSignature.incrementAndGet();
    }

    void refusedForeign() {
        refusedForeign.incrementAndGet();
    }

    void refusedUntimely() {
        refusedUntimely.incrementAndGet();
    }

    public void invalid() {
        invalid.incrementAndGet();
    }

    public Snapshot snapshot() {
        return new Snapshot(
                stored.get(),
                duplicates.get(),
                unsigned.get(),
                refusedSignature.get(),
                refusedForeign.get(),
                invalid.get(),
                refusedUntimely.get());
    }

    /** The counts at one moment. */
    public record Snapshot(
            long stored,
            long duplicates,
            long storedUnsigned,
            long refusedSignature,
            long refusedForeignOrganizationOrPlace,
            long refusedInvalid,
            long refusedOutsideReplayWindow) {}
}
