package dev.threshold.application;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One upload at a time per camera, reserved in one atomic step before a byte is stored: of two uploads that arrive
 * together, one gets the slot and the other is refused at once (before, both passed the check and both were stored).
 */
public final class UploadSlots {

    private final Set<UUID> taken = ConcurrentHashMap.newKeySet();

    /** @return whether the slot was free and is now this caller's; release it with {@link #release} */
    public boolean reserve(UUID camera) {
        return taken.add(camera);
    }

    public void release(UUID camera) {
        taken.remove(camera);
    }
}
