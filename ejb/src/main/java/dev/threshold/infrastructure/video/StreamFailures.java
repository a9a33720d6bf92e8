package dev.threshold.infrastructure.video;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns FFmpeg's error codes and JavaCV's messages into what a security administrator can act on ("wrong user name or
 * password", "the camera does not answer") with the technical detail after it, credentials removed.
 */
final class StreamFailures {

    private static final Pattern ERROR_CODE = Pattern.compile("error (-?\\d+)");

    static final int CONNECTION_REFUSED = -111;
    static final int TIMED_OUT = -110;
    static final int HOST_UNREACHABLE = -113;
    static final int NETWORK_UNREACHABLE = -101;
    static final int CONNECTION_RESET = -104;
    static final int NO_SUCH_FILE = -2;
    static final int IO_ERROR = -5;
    static final int PERMISSION_DENIED = -13;
    static final int INVALID_DATA = tag('I', 'N', 'D', 'A');
    static final int HTTP_UNAUTHORIZED = tag(0xF8, '4', '0', '1');
    static final int HTTP_FORBIDDEN = tag(0xF8, '4', '0', '3');
    static final int HTTP_NOT_FOUND = tag(0xF8, '4', '0', '4');
    static final int HTTP_OTHER_4XX = tag(0xF8, '4', 'X', 'X');
    static final int HTTP_SERVER_ERROR = tag(0xF8, '5', 'X', 'X');
    static final int PROTOCOL_NOT_FOUND = tag(0xF8, 'P', 'R', 'O');
    static final int DECODER_NOT_FOUND = tag(0xF8, 'D', 'E', 'C');
    static final int STREAM_NOT_FOUND = tag(0xF8, 'S', 'T', 'R');

    private StreamFailures() {}

    /** The words for a failure to open or read the stream. */
    static String describe(StreamSource source, Throwable failure) {
        String detail = source.redact(String.valueOf(failure.getMessage()));
        return words(source, detail) + " [" + detail + "]";
    }

    /**
     * As {@link #describe(StreamSource, Throwable)}, knowing how long the attempt took: FFmpeg's RTSP client reports
     * a camera that accepts the connection but never answers as "invalid data", which would send an administrator
     * looking at codecs instead of at a hung camera.
     */
    static String describe(
            StreamSource source, Throwable failure, java.time.Duration took, java.time.Duration timeout) {
        if (source.live() && took.compareTo(timeout.multipliedBy(9).dividedBy(10)) >= 0) {
            String detail = source.redact(String.valueOf(failure.getMessage()));
            return "camera unreachable: it did not answer in time (switched off, overloaded, wrong address, or blocked"
                    + " by a firewall) [" + detail + "]";
        }
        return describe(source, failure);
    }

    /** JavaCV's words when it found no stream it can decode: no video at all, or video in an unknown codec. */
    static boolean noVideoFound(Throwable failure) {
        return String.valueOf(failure.getMessage())
                .toLowerCase(java.util.Locale.ROOT)
                .contains("did not find a video");
    }

    private static String words(StreamSource source, String detail) {
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("unsupported video format or codec") || lower.contains("avcodec_open2")) {
            return "the camera sends a video codec this server cannot decode (unsupported codec)";
        }
        if (lower.contains("did not find a video")) {
            return "the source contains no video (not a video stream or file)";
        }
        Matcher m = ERROR_CODE.matcher(detail);
        if (!m.find()) {
            return "the stream could not be read";
        }
        int code;
        try {
            code = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return "the stream could not be read";
        }
        String where = source.live() ? "the camera" : "the file";
        if (code == CONNECTION_REFUSED) {
            return "camera unreachable: the host refused the connection (wrong port, or the camera's streaming service is off)";
        }
        if (code == TIMED_OUT) {
            return "camera unreachable: it did not answer in time (switched off, wrong address, or blocked by a firewall)";
        }
        if (code == HOST_UNREACHABLE || code == NETWORK_UNREACHABLE) {
            return "camera unreachable: no network route to the host";
        }
        if (code == CONNECTION_RESET) {
            return "the camera closed the connection";
        }
        if (code == HTTP_UNAUTHORIZED) {
            return "wrong user name or password (401): the camera refused the credentials";
        }
        if (code == HTTP_FORBIDDEN) {
            return "access denied (403): the camera's user has no right to view this stream";
        }
        if (code == HTTP_NOT_FOUND) {
            return "no such stream on the camera (404): check the path after the host name";
        }
        if (code == HTTP_OTHER_4XX) {
            return "the camera refused the request (4xx)";
        }
        if (code == HTTP_SERVER_ERROR) {
            return "the camera reported an internal error (5xx)";
        }
        if (code == NO_SUCH_FILE) {
            return source.live()
                    ? "camera unreachable: host name or stream not found"
                    : "the video file does not exist";
        }
        if (code == PERMISSION_DENIED) {
            return "permission denied reading " + where;
        }
        if (code == INVALID_DATA || code == STREAM_NOT_FOUND) {
            return "not a video: " + where + " sent data FFmpeg cannot read as video";
        }
        if (code == DECODER_NOT_FOUND) {
            return "the camera sends a video codec this server cannot decode (unsupported codec)";
        }
        if (code == PROTOCOL_NOT_FOUND) {
            return "this kind of address is not supported by the server's FFmpeg";
        }
        if (code == IO_ERROR) {
            return source.live()
                    ? "camera unreachable: the host name could not be resolved or the connection failed"
                    : "the video file could not be read";
        }
        return "the stream could not be read";
    }

    /** FFmpeg's FFERRTAG: the negated four-character code. */
    private static int tag(int a, int b, int c, int d) {
        return -(a | (b << 8) | (c << 16) | (d << 24));
    }
}
