package dev.threshold.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A viewer of a live MJPEG stream over a plain socket, as a camera viewer or a browser reads it: HTTP/1.0 (no chunks
 * to undo), one part at a time with the moment it arrived. Closing it is the viewer going away: the socket closes.
 */
final class MjpegClient implements AutoCloseable {

    /** One JPEG of the stream: its capture time (the part's X-Captured-At) and when this client had it whole. */
    record Part(Instant capturedAt, byte[] jpeg, Instant receivedAt) {}

    final int status;
    final Map<String, String> headers;
    private final Socket socket;
    private final InputStream in;

    private MjpegClient(Socket socket, InputStream in, int status, Map<String, String> headers) {
        this.socket = socket;
        this.in = in;
        this.status = status;
        this.headers = headers;
    }

    /** GETs {@code path} on the test server; {@code authorization} may be null (anonymous). */
    static MjpegClient open(String path, String authorization) throws IOException {
        Socket socket = new Socket(ThresholdServer.BASE.getHost(), ThresholdServer.BASE.getPort());
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        String request = "GET /" + path + " HTTP/1.0\r\nHost: localhost\r\nAccept: */*\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        return new MjpegClient(socket, in, status, headers(in));
    }

    /** The next JPEG part; EOFException when the server ended the stream. */
    Part next() throws IOException {
        String boundary;
        do {
            boundary = line(in);
        } while (boundary.isEmpty());
        if (!boundary.startsWith("--")) {
            throw new IOException("not a part boundary: " + boundary);
        }
        Map<String, String> part = headers(in);
        int length = Integer.parseInt(part.get("content-length"));
        byte[] jpeg = in.readNBytes(length);
        if (jpeg.length < length) {
            throw new EOFException("the stream ended inside a part");
        }
        return new Part(Instant.parse(part.get("x-captured-at")), jpeg, Instant.now());
    }

    /** What is left of the answer (an error's problem+json), read to its end. */
    String rest() throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        return headers;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
