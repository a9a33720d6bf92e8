package dev.threshold.application.camera;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelRepository;
import dev.threshold.infrastructure.video.Segment;
import dev.threshold.infrastructure.video.SegmentStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the free viewer moves over: the spans a camera's recording covers (any of it can be viewed, not only the
 * moments around an event), and the door event nearest before or after a moment on the camera, within the recording's
 * age ({@code threshold.recording.max-age-hours}): older events have no video left to show.
 */
@Stateless
public class RecordedTime {

    /** Segments further apart than this are separate spans (a reconnect, the recorder stopped). */
    static final Duration GAP = Duration.ofSeconds(2);
    /** Events are looked for an hour at a time, nearest hour first. */
    static final Duration SEARCH_STEP = Duration.ofHours(1);
    /** The longest span whose events are drawn as one strip: a day, with room for a day that has 25 hours. */
    static final Duration LONGEST_STRIP = Duration.ofHours(25);
    /** Most events on one strip: more than a busy door's day, few enough for a page to draw. */
    static final int MOST_ON_STRIP = 2_000;

    @Inject
    SegmentStore segments;

    @Inject
    LabelRepository labels;

    @Inject
    RecordingPolicy recording;

    @Inject
    Clock clock;

    @Inject
    CameraPlugins plugins;

    /**
     * The spans of the camera's recording, oldest first (the last one reaching now while it records). A rendered camera
     * (the demo's) renders any past moment again: its span is the recording's age up to now.
     */
    public List<CameraTimeline.Span> recordedSpans(Camera camera) {
        Instant now = clock.instant();
        if (plugins.renderedFootage(camera.streamUrl()).isPresent()) {
            return List.of(new CameraTimeline.Span(now.minus(recording.maxAge()), now));
        }
        List<CameraTimeline.Span> spans = new ArrayList<>();
        Instant from = null;
        Instant to = null;
        for (Segment segment : segments.segments(camera.id().toString())) {
            Instant end = segment.open() ? now : segment.end();
            if (from != null && segment.start().isAfter(to.plus(GAP))) {
                spans.add(new CameraTimeline.Span(from, to));
                from = null;
            }
            if (from == null) {
                from = segment.start();
                to = end;
            } else if (end.isAfter(to)) {
                to = end;
            }
        }
        if (from != null) {
            spans.add(new CameraTimeline.Span(from, to));
        }
        return spans;
    }

    /**
     * The camera's door events from {@code from} to {@code to} (at most a day), oldest first, at most
     * {@value #MOST_ON_STRIP}: the strip of the day's events under the free viewer's picture.
     *
     * @throws InvalidValueException when the span is backwards or longer than a day
     */
    public List<CameraTimeline.Marker> eventsBetween(Camera camera, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new InvalidValueException(
                    "to", "the end of the span (" + to + ") is not after its start (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(LONGEST_STRIP) > 0) {
            throw new InvalidValueException(
                    "to",
                    "a strip of events spans at most " + LONGEST_STRIP.toHours() + " hours: " + from + " to " + to);
        }
        return labels.onCamera(camera.id(), from, to, MOST_ON_STRIP).stream()
                .map(CameraTimeline.Marker::of)
                .toList();
    }

    /** The camera's first door event after {@code at} (not at it), within the recording's age. */
    public Optional<CameraTimeline.Marker> nextEvent(Camera camera, Instant at) {
        Instant now = clock.instant();
        Instant oldest = now.minus(recording.maxAge());
        Instant start = at.isBefore(oldest) ? oldest : at.plusMillis(1);
        for (Instant from = start; from.isBefore(now); from = from.plus(SEARCH_STEP)) {
            List<Label> found =
                    labels.onCamera(camera.id(), from, from.plus(SEARCH_STEP).minusMillis(1), 1);
            if (!found.isEmpty()) {
                return Optional.of(CameraTimeline.Marker.of(found.get(0)));
            }
        }
        return Optional.empty();
    }

    /** The camera's last door event before {@code at} (not at it), within the recording's age. */
    public Optional<CameraTimeline.Marker> previousEvent(Camera camera, Instant at) {
        Instant now = clock.instant();
        Instant oldest = now.minus(recording.maxAge());
        Instant end = at.isAfter(now) ? now : at.minusMillis(1);
        for (Instant to = end; to.isAfter(oldest); to = to.minus(SEARCH_STEP)) {
            List<Label> found = labels.onCamera(
                    camera.id(), to.minus(SEARCH_STEP).plusMillis(1), to, CameraTimelineService.MAX_ROWS);
            if (!found.isEmpty()) {
                return Optional.of(CameraTimeline.Marker.of(found.get(found.size() - 1)));
            }
        }
        return Optional.empty();
    }
}
