package dev.threshold.interfaces.rest;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.FeedHealth;
import dev.threshold.application.camera.FeedHealthQuery;
import dev.threshold.application.camera.LivePictures;
import dev.threshold.application.camera.ReaderHealth;
import dev.threshold.application.camera.VideoWork;
import dev.threshold.application.health.DeadLetters;
import dev.threshold.application.health.NodeHealth;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/metrics}: camera health in the Prometheus text format, for the monitoring an operator already runs
 * (scrape it with an operator account's HTTP Basic credentials). One series per camera, labelled with its id and
 * name: connected, frames per second in and analysed, frames dropped, frames waiting for analysis, seconds since
 * the last frame, reconnects, recording. And the outbox's backlog: how far the relay to the broker is behind; clips and
 * snapshots being cut; and the jobs waiting in dead-letters.
 */
@Path("/api/metrics")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class MetricsResource {

    @Inject
    CameraService cameras;

    @Inject
    FeedHealthQuery feeds;

    @Inject
    NodeHealth node;

    @Inject
    VideoWork video;

    @Inject
    LivePictures live;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String metrics() {
        // The text format wants each family's samples together, after its HELP and TYPE lines.
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        long now = System.currentTimeMillis();
        help(out, "threshold_camera_enabled", "gauge", "1 when the camera is enabled");
        help(out, "threshold_camera_connected", "gauge", "1 while the camera's stream is being read");
        help(out, "threshold_camera_input_fps", "gauge", "frames per second decoded from the camera");
        help(out, "threshold_camera_analysed_fps", "gauge", "frames per second sent to analysis");
        help(out, "threshold_camera_dropped_frames_total", "counter", "frames dropped because analysis lagged");
        help(out, "threshold_camera_frames_waiting", "gauge", "frames of the camera waiting for analysis");
        help(out, "threshold_camera_reconnects_total", "counter", "times the stream was reconnected");
        help(out, "threshold_camera_last_frame_age_seconds", "gauge", "seconds since the camera's last frame");
        help(out, "threshold_camera_recording", "gauge", "1 while the camera is recorded");
        for (Camera camera : cameras.cameras()) {
            String labels = "{camera_id=\"" + camera.id() + "\",camera=\"" + label(camera.name()) + "\"}";
            Optional<FeedHealth> health = feeds.health(camera.id());
            sample(out, "threshold_camera_enabled", labels, camera.enabled() ? 1 : 0);
            sample(
                    out,
                    "threshold_camera_connected",
                    labels,
                    health.map(h -> h.reader().connected() ? 1 : 0).orElse(0));
            if (health.isEmpty()) {
                continue;
            }
            FeedHealth h = health.get();
            ReaderHealth r = h.reader();
            sample(out, "threshold_camera_input_fps", labels, r.inputFps());
            sample(out, "threshold_camera_analysed_fps", labels, r.analysedFps());
            sample(out, "threshold_camera_dropped_frames_total", labels, r.droppedFrames() + h.framesRefusedByQueue());
            sample(out, "threshold_camera_frames_waiting", labels, h.framesWaiting());
            sample(out, "threshold_camera_reconnects_total", labels, r.reconnects());
            if (r.lastFrameAt() != null) {
                sample(
                        out,
                        "threshold_camera_last_frame_age_seconds",
                        labels,
                        (now - r.lastFrameAt().toEpochMilli()) / 1000.0);
            }
            sample(
                    out,
                    "threshold_camera_recording",
                    labels,
                    h.recording() != null && h.recording().recording() ? 1 : 0);
        }
        help(
                out,
                "threshold_outbox_messages",
                "gauge",
                "messages waiting in the outbox to be relayed to the broker (door reviews, security events)");
        sample(out, "threshold_outbox_messages", "", node.outboxWaiting());
        help(
                out,
                "threshold_video_cuts_running",
                "gauge",
                "clips being cut and snapshots being rendered now (at most threshold_video_cuts_limit)");
        sample(out, "threshold_video_cuts_running", "", video.cutsRunning());
        help(out, "threshold_video_cuts_limit", "gauge", "clips and snapshots cut at once, at most");
        sample(out, "threshold_video_cuts_limit", "", video.cutsLimit());
        help(
                out,
                "threshold_video_clips_cut_total",
                "counter",
                "clips cut since the server started (a span asked for again within minutes is served from the kept one)");
        sample(out, "threshold_video_clips_cut_total", "", video.clipsCut());
        help(
                out,
                "threshold_live_streams",
                "gauge",
                "live views (MJPEG streams) this node serves now (at most threshold_live_streams_limit)");
        sample(out, "threshold_live_streams", "", live.slots().inUse());
        help(out, "threshold_live_streams_limit", "gauge", "live views this node serves at once, at most");
        sample(out, "threshold_live_streams_limit", "", live.slots().limit());
        deadLetters(out, now);
        return String.join("", out.values());
    }

    /** Failed jobs waiting in dead-letters; no sample when the broker does not answer (its health check says so). */
    private void deadLetters(Map<String, StringBuilder> out, long now) {
        DeadLetters depth = node.deadLetters().orElse(null);
        if (depth == null) {
            return;
        }
        help(
                out,
                "threshold_dead_letter_messages",
                "gauge",
                "jobs that failed 5 times, waiting in dead-letters (counted up to " + NodeHealth.DEAD_LETTERS_COUNTED
                        + ")");
        sample(out, "threshold_dead_letter_messages", "", depth.messages());
        help(
                out,
                "threshold_dead_letter_oldest_age_seconds",
                "gauge",
                "seconds since the oldest message in dead-letters was sent (0 when none waits)");
        sample(
                out,
                "threshold_dead_letter_oldest_age_seconds",
                "",
                depth.oldestSent().map(t -> (now - t.toEpochMilli()) / 1000.0).orElse(0.0));
    }

    private static void help(Map<String, StringBuilder> out, String name, String type, String text) {
        out.put(
                name,
                new StringBuilder("# HELP ")
                        .append(name)
                        .append(' ')
                        .append(text)
                        .append('\n')
                        .append("# TYPE ")
                        .append(name)
                        .append(' ')
                        .append(type)
                        .append('\n'));
    }

    private static void sample(Map<String, StringBuilder> out, String name, String labels, double value) {
        out.get(name)
                .append(name)
                .append(labels)
                .append(' ')
                .append(
                        value == Math.rint(value)
                                ? Long.toString((long) value)
                                : String.format(Locale.ROOT, "%.3f", value))
                .append('\n');
    }

    /** Prometheus label values escape backslash, quote and newline. */
    private static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
