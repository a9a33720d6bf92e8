package dev.threshold.interfaces.camera.rest;

import dev.threshold.application.camera.LiveFrame;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A camera's live picture as MJPEG ({@code multipart/x-mixed-replace}, which an {@code <img>} plays): each newer
 * stored frame as one JPEG part, its capture time in the part's {@code X-Captured-At}. The stream ends when the viewer
 * goes away (a write fails: the same frame is sent again every {@link #KEEP_ALIVE} while the camera stores none, so
 * that a viewer who left is noticed within it), when the frames stop being fresh (the camera stopped), or when the
 * server stops (the thread is interrupted); then {@code end} runs once, giving back the stream's slot.
 */
final class MjpegStream implements StreamingOutput {

    static final String BOUNDARY = "threshold-live-frame";
    static final String MEDIA_TYPE = "multipart/x-mixed-replace; boundary=" + BOUNDARY;
    static final Duration KEEP_ALIVE = Duration.ofSeconds(2);

    private final Supplier<Optional<LiveFrame>> newest;
    private final Predicate<LiveFrame> fresh;
    private final Duration poll;
    private final AutoCloseable end;

    MjpegStream(Supplier<Optional<LiveFrame>> newest, Predicate<LiveFrame> fresh, Duration poll, AutoCloseable end) {
        this.newest = newest;
        this.fresh = fresh;
        this.poll = poll;
        this.end = end;
    }

    @Override
    public void write(OutputStream out) {
        try (end) {
            LiveFrame sent = null;
            long sentAt = 0;
            while (!Thread.currentThread().isInterrupted()) {
                Optional<LiveFrame> frame = newest.get().filter(fresh);
                if (frame.isEmpty()) {
                    return; // the camera stopped: the page says so and offers to look again
                }
                boolean newer = sent == null || frame.get().capturedAt().isAfter(sent.capturedAt());
                if (newer || System.nanoTime() - sentAt >= KEEP_ALIVE.toNanos()) {
                    sent = newer ? frame.get() : sent;
                    writePart(out, sent);
                    sentAt = System.nanoTime();
                }
                Thread.sleep(poll.toMillis());
            }
        } catch (IOException viewerLeft) {
            // The viewer closed the page or lost the connection: nothing to answer, nobody to tell.
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("live stream: " + e.getMessage(), e);
        }
    }

    static void writePart(OutputStream out, LiveFrame frame) throws IOException {
        String head = "--" + BOUNDARY + "\r\n"
                + "Content-Type: image/jpeg\r\n"
                + "Content-Length: " + frame.jpeg().length + "\r\n"
                + "X-Captured-At: " + frame.capturedAt() + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(frame.jpeg());
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
