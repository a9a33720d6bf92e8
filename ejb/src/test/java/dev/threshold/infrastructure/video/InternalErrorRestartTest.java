package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.api.Test;

/**
 * A reader that stops on an internal error (here the NoClassDefFoundError a failed native library leaves behind) is
 * restarted after the backoff like after any failure, and says so while it waits.
 */
class InternalErrorRestartTest {

    /** Fails its first two connections with internal errors, then delivers one frame and is stopped. */
    static final class FlakyStream extends ReconnectingStream<FrameGrabber> {
        final List<String> errorsSeen = new ArrayList<>();
        final CountDownLatch delivered = new CountDownLatch(1);
        int attempts;

        FlakyStream() {
            super(
                    "camera reader",
                    "cam-1",
                    StreamSource.of("rtsp://camera.invalid/stream"),
                    Clock.systemUTC(),
                    Duration.ofSeconds(1),
                    Duration.ofMillis(10),
                    Duration.ofMillis(40));
        }

        @Override
        FrameGrabber open(Duration timeout, boolean rtspOverUdp) {
            attempts++;
            if (attempts == 1) {
                throw new NoClassDefFoundError(
                        "Could not initialize class dev.threshold.infrastructure.video.Grabbers");
            }
            if (attempts == 2) {
                errorsSeen.add(lastError());
                throw new IllegalStateException("a bug");
            }
            errorsSeen.add(lastError());
            return new IdleGrabber();
        }

        @Override
        Outcome readUntilLost(FrameGrabber grabber, Connection connection) {
            connection.delivered();
            delivered.countDown();
            stop();
            return connection.ended();
        }
    }

    @Test
    void restartsAfterInternalErrorsAndSaysSo() throws Exception {
        FlakyStream stream = new FlakyStream();
        Thread thread = new Thread(stream);
        thread.start();
        assertTrue(stream.delivered.await(10, TimeUnit.SECONDS), "the reader never came back after internal errors");
        thread.join(5000);
        assertEquals(3, stream.attempts);
        assertTrue(
                stream.errorsSeen.get(0).contains("internal error")
                        && stream.errorsSeen.get(0).contains("restarts")
                        && stream.errorsSeen.get(0).contains("NoClassDefFoundError"),
                stream.errorsSeen.get(0));
        assertTrue(
                stream.errorsSeen.get(1).contains("a bug")
                        && stream.errorsSeen.get(1).contains("2 so far"),
                stream.errorsSeen.get(1));
        assertTrue(stream.reconnects() >= 2);
        assertFalse(stream.gaps().isEmpty(), "the time without video is recorded as an outage");
    }

    /** A grabber that is never read: readUntilLost above delivers without it. */
    static final class IdleGrabber extends FrameGrabber {
        @Override
        public void start() {}

        @Override
        public void stop() {}

        @Override
        public void trigger() {}

        @Override
        public Frame grab() {
            return null;
        }

        @Override
        public void release() {}
    }
}
