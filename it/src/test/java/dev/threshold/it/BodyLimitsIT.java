package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request bodies are bounded before they are read: a gigabyte streamed anonymously at the login form, at a JSON route
 * of the REST API and at Kisi's webhook is answered 413 problem+json, and the server's heap does not grow (read through
 * its management API, after a garbage collection, before and after). The body is generated while it is sent, over a
 * plain socket: the test holds 64 KiB of it, and sees how much the server took before it answered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BodyLimitsIT {

    static final long GIB = 1L << 30;
    static final long MB = 1_000_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void aGigabyteIsRefusedBeforeItIsReadOnEveryRouteThatTakesNoUpload() throws Exception {
        String admin = ThresholdServer.basicAuth("admin", ThresholdServer.adminPassword());
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", 9990)) {
            long before = heapUsedAfterGc(management);
            Answer login = send("/j_security_check", "application/x-www-form-urlencoded", null, GIB, false);
            Answer json = send("/api/cameras", "application/json", admin, GIB, false);
            Answer webhook = send("/kisi/events", "application/json", null, GIB, false);
            Answer chunked = send("/api/cameras", "application/json", admin, GIB, true);
            long after = heapUsedAfterGc(management);
            long grown = after - before;
            System.out.printf(
                    Locale.ROOT,
                    "BodyLimitsIT: heap used after GC %.1f MB before, %.1f MB after: %+.1f MB" + " (limit +20 MB)%n",
                    before / 1e6,
                    after / 1e6,
                    grown / 1e6);
            for (Answer a : new Answer[] {login, json, webhook, chunked}) {
                System.out.printf(
                        Locale.ROOT,
                        "BodyLimitsIT: %s%s -> %d %s after the client sent %.1f MB of 1 GiB%n",
                        a.route,
                        a == chunked ? " (chunked)" : "",
                        a.status,
                        a.contentType,
                        a.sent / 1e6);
                assertTrue(a.sent < GIB, a.route + ": the server read the whole gigabyte");
            }
            for (Answer a : new Answer[] {login, json, webhook}) {
                assertEquals(413, a.status, a.route + ": " + a.body);
            }
            // A chunked body has no declared length: the server reads up to the limit, answers 413 and closes the
            // connection; a client still sending may see the reset before the answer (-1), never a 2xx or a 500.
            assertTrue(
                    chunked.status == 413 || chunked.status == -1, "chunked: " + chunked.status + " " + chunked.body);
            for (Answer a : new Answer[] {login, json, webhook}) {
                assertTrue(a.contentType.startsWith("application/problem+json"), a.route + ": " + a.contentType);
                assertTrue(a.body.contains("64 KiB"), a.route + ": " + a.body);
            }
            assertTrue(grown < 20 * MB, "the heap grew by " + grown / MB + " MB");
        }
        // A client that sends a little too much gets its answer on a clean connection (the excess is drained).
        java.net.http.HttpResponse<String> slightly = ThresholdServer.postEvent(new byte[100 * 1024]);
        assertEquals(413, slightly.statusCode(), slightly.body());
        assertTrue(slightly.body().contains("64 KiB"), slightly.body());
        // The limit leaves ordinary requests alone.
        assertEquals(200, ThresholdServer.asAdmin("GET", "api/cameras", null).statusCode());
    }

    record Answer(String route, int status, String contentType, String body, long sent) {}

    /** POSTs {@code length} bytes generated on the fly and reads the answer while they are still being sent. */
    static Answer send(String path, String contentType, String authorization, long length, boolean chunked)
            throws Exception {
        try {
            return sendOrFail(path, contentType, authorization, length, chunked);
        } catch (java.net.SocketException reset) {
            return new Answer(path, -1, "", "(connection reset: " + reset.getMessage() + ")", -1);
        }
    }

    private static Answer sendOrFail(
            String path, String contentType, String authorization, long length, boolean chunked) throws Exception {
        try (Socket socket = new Socket("localhost", 8080)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:8080\r\nContent-Type: " + contentType + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(
                    () -> {
                        byte[] chunk = new byte[64 * 1024];
                        Arrays.fill(chunk, (byte) 'a');
                        byte[] chunkHead =
                                (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
                        try {
                            while (sent.get() < length) {
                                int n = (int) Math.min(chunk.length, length - sent.get());
                                if (chunked) {
                                    out.write(chunkHead);
                                    out.write(chunk, 0, n);
                                    out.write(crlf);
                                } else {
                                    out.write(chunk, 0, n);
                                }
                                sent.addAndGet(n);
                            }
                            if (chunked) {
                                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                            }
                            out.flush();
                        } catch (IOException closedByTheServer) {
                            // expected: the server answered and closed the connection
                        }
                    },
                    "gigabyte-writer");
            writer.start();
            Answer answer = readAnswer(path, socket.getInputStream(), sent);
            socket.close(); // stops the writer if the server left the connection open
            writer.join(60_000);
            return answer;
        }
    }

    private static Answer readAnswer(String route, InputStream in, AtomicLong sent) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        long sentWhenAnswered = sent.get();
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        if (lines.length == 0 || lines[0].isEmpty()) {
            return new Answer(route, -1, "", "(no answer)", sentWhenAnswered);
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        int contentLength = -1;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = line.substring(13).strip();
            } else if (lower.startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring(15).strip());
            }
        }
        byte[] body = contentLength < 0 ? new byte[0] : in.readNBytes(Math.min(contentLength, 16 * 1024));
        return new Answer(route, status, type, new String(body, StandardCharsets.UTF_8), sentWhenAnswered);
    }

    /** The server's used heap after a full garbage collection, from its management API. */
    static long heapUsedAfterGc(ModelControllerClient management) throws IOException {
        ModelNode gc = new ModelNode();
        gc.get("operation").set("gc");
        gc.get("address").add("core-service", "platform-mbean").add("type", "memory");
        check(management.execute(gc));
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("core-service", "platform-mbean").add("type", "memory");
        read.get("name").set("heap-memory-usage");
        return check(management.execute(read)).get("result", "used").asLong();
    }

    private static ModelNode check(ModelNode result) {
        if (!"success".equals(result.get("outcome").asString())) {
            throw new AssertionError("management operation failed: " + result);
        }
        return result;
    }
}
