package dev.threshold.application.camera;

import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.video.FrameStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live view's pictures: the newest frame the camera's reader stored in the frame store, never a second reader of
 * the camera. In a cluster the frame store is one folder shared by every node ({@link FrameStores}), so whichever node
 * a viewer reaches serves the frames of the node that holds the camera's lease, as fresh as that node writes them. A
 * frame older than {@code threshold.live.stale-seconds} (default 10) is no live picture: the answer says why there is
 * none. {@code threshold.live.max-streams} (default 8) bounds the live streams this node serves at once.
 */
@ApplicationScoped
public class LivePictures {

    @Inject
    @ConfigProperty(name = "threshold.live.max-streams", defaultValue = "8")
    int maxStreams;

    @Inject
    @ConfigProperty(name = "threshold.live.stale-seconds", defaultValue = "10")
    long staleSeconds;

    @Inject
    FrameStore frames;

    @Inject
    FeedHealthQuery feeds;

    @Inject
    Clock clock;

    private LiveStreamSlots slots;

    @PostConstruct
    void start() {
        if (staleSeconds < 1) {
            throw new IllegalArgumentException("threshold.live.stale-seconds must be at least 1, not " + staleSeconds);
        }
        slots = new LiveStreamSlots(maxStreams);
    }

    /** The camera's newest stored frame, however old (empty when none is stored). */
    public Optional<LiveFrame> newest(Camera camera) {
        return frames.latestFrame(camera.id().toString())
                .map(stored -> new LiveFrame(stored.capturedAt(), stored.jpeg()));
    }

    /** Whether a frame is still a live picture. */
    public boolean fresh(LiveFrame frame) {
        return !frame.capturedAt().isBefore(clock.instant().minus(staleAfter()));
    }

    /**
     * The camera's newest frame if it is live.
     *
     * @throws LivePictureUnavailableException naming why there is no live picture of it
     */
    public LiveFrame freshFrame(Camera camera) {
        return newest(camera)
                .filter(this::fresh)
                .orElseThrow(() -> new LivePictureUnavailableException(
                        whyNoPicture(camera), camera.enabled() && camera.streamUrl() != null ? 5 : null));
    }

    private String whyNoPicture(Camera camera) {
        String name = "Camera '" + camera.name() + "'";
        long stale = staleAfter().toSeconds();
        if (!camera.enabled()) {
            return name + " is disabled: no node reads it, so it has no live picture.";
        }
        if (camera.streamUrl() == null) {
            return name + " has no stream set: no node reads it, so it has no live picture.";
        }
        if (feeds.health(camera.id()).isPresent()) {
            return name + " is read by this node but stored no frame in the last " + stale + " s: it is not "
                    + "connected or its analysis is behind (its health says which).";
        }
        return name + " is not read by this node, and no other node stored a frame of it in the last " + stale
                + " s in the frame store this node reads: either no node reads it now (starting, or not connected), "
                + "or the node that reads it writes to another folder (every node of a cluster must name the same "
                + "shared threshold.video.dir).";
    }

    /**
     * A live stream's slot on this node; close it when the stream ends.
     *
     * @throws LivePictureUnavailableException when this node serves as many live streams as it may
     */
    public LiveStreamSlots.Slot takeSlot() {
        return slots.take();
    }

    public LiveStreamSlots slots() {
        return slots;
    }

    /** How old a frame may be and still be a live picture; a stream whose frames grow older ends. */
    public Duration staleAfter() {
        return Duration.ofSeconds(staleSeconds);
    }

    /**
     * How often a stream looks for a newer frame: twice per frame at the camera's analysis rate, between 50 and 500
     * ms, so that a frame is sent at most half a frame after it is stored.
     */
    public static Duration pollInterval(double analysisFps) {
        long halfFrame = analysisFps > 0 ? Math.round(500 / analysisFps) : 500;
        return Duration.ofMillis(Math.max(50, Math.min(500, halfFrame)));
    }
}
