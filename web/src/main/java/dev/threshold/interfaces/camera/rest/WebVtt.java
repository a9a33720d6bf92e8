package dev.threshold.interfaces.camera.rest;

import dev.threshold.application.camera.CameraTimeline;
import java.time.Duration;
import java.time.Instant;

/**
 * A camera timeline's labels as WebVTT captions for a clip that starts at {@code origin}: each shown for a few
 * seconds from its moment, so the browser puts the door events on the video itself.
 */
final class WebVtt {

    static final Duration SHOWN_FOR = Duration.ofSeconds(3);

    private WebVtt() {}

    static String captions(CameraTimeline timeline, Instant origin) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (CameraTimeline.Marker m : timeline.markers()) {
            Duration start = Duration.between(origin, m.at());
            Duration end = start.plus(SHOWN_FOR);
            if (end.isNegative() || end.isZero()) {
                continue; // over before the clip begins
            }
            vtt.append('\n')
                    .append(time(start.isNegative() ? Duration.ZERO : start))
                    .append(" --> ")
                    .append(time(end))
                    .append('\n')
                    .append(escaped(CameraTimelineJson.caption(m)))
                    .append('\n');
        }
        return vtt.toString();
    }

    /** hh:mm:ss.ttt, as WebVTT wants it. */
    static String time(Duration d) {
        long millis = d.toMillis();
        return String.format(
                "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }

    /** Names come from Kisi and people: nothing in them may end a cue or start a tag. */
    static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace('\n', ' ');
    }
}
