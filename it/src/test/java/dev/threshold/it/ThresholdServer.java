package dev.threshold.it;

import dev.threshold.testing.Await;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** What the integration tests share: the built EAR, the server's address, the admin password, plain HTTP. */
final class ThresholdServer {

    static final URI BASE = URI.create("http://localhost:8080/");
    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ThresholdServer() {}

    /** The EAR exactly as the build produced it (ear/target/threshold.ear). */
    static EnterpriseArchive builtEar() {
        File ear = new File(System.getProperty("threshold.ear", "../ear/target/threshold.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** A door's incidents as the REST API lists them, once it lists exactly one: the verdict comes asynchronously. */
    static String awaitOneIncident(String lockId, String doorName, Duration wait) {
        String[] found = new String[1];
        Await.until(
                () -> {
                    found[0] =
                            asAdmin("GET", "api/incidents?door=" + lockId, null).body();
                    return found[0].contains("\"total\":1");
                },
                wait,
                "an incident at " + doorName);
        return found[0];
    }

    /** The first {@code "id"} (a UUID) in a JSON answer; fails the test where there is none. */
    static String firstId(String json) {
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        org.junit.jupiter.api.Assertions.assertTrue(id.find(), json);
        return id.group(1);
    }

    /**
     * The built EAR with an in-container test in its web archive, and the helpers such tests call inside the server:
     * this class, Kisi's events and their signatures, the admin's password, waiting. {@code more}: the test's own.
     */
    static EnterpriseArchive builtEarWith(Class<?> test, Class<?>... more) {
        EnterpriseArchive ear = builtEar();
        ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, "threshold-web.war")
                .addClasses(
                        test,
                        ThresholdServer.class,
                        KisiEvents.class,
                        KisiSigning.class,
                        AdminPassword.class,
                        Await.class)
                .addClasses(more);
        return ear;
    }

    /**
     * The admin's password: the one Threshold generated on its first start (from the file it wrote in the server's
     * data directory, which the build names to the tests' JVM and which the server knows itself in in-container
     * tests), replaced once by the tests' own as Threshold requires at the first sign-in ({@link AdminPassword}).
     */
    static String adminPassword() {
        return AdminPassword.chosen(BASE, dataDir());
    }

    static Path dataDir() {
        return Path.of(System.getProperty("threshold.it.data.dir", System.getProperty("jboss.server.data.dir")));
    }

    static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts an event signed with the tests' key ({@link KisiSigning}), as Kisi posts it. */
    static HttpResponse<String> postEvent(String json) {
        return postEvent(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a body (any bytes) signed with the tests' key ({@link KisiSigning}). */
    static HttpResponse<String> postEvent(byte[] body) {
        KisiSigning.ensureTestKey();
        return send(HttpRequest.newBuilder(BASE.resolve("kisi/events"))
                .header("Content-Type", "application/json")
                .header("X-Signature", KisiSigning.sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts an event without X-Signature: what the webhook refuses unless unsigned events are allowed. */
    static HttpResponse<String> postUnsignedEvent(String json) {
        return postSignedEvent(json, null);
    }

    /** GET /api/labels?q=… as admin. */
    static HttpResponse<String> searchLabels(String query) {
        return send(HttpRequest.newBuilder(
                        BASE.resolve("api/labels?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Authorization", basicAuth("admin", adminPassword()))
                .GET());
    }

    /** A request to the REST API as admin. */
    static HttpResponse<String> asAdmin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path))
                .header("Authorization", basicAuth("admin", adminPassword()))
                .header("Content-Type", "application/json");
        return send(
                json == null
                        ? request.method(method, HttpRequest.BodyPublishers.noBody())
                        : request.method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A sample of /api/metrics without labels, e.g. {@code threshold_video_cuts_running}, read as admin. */
    static long metric(String name) {
        String metrics = asAdmin("GET", "api/metrics", null).body();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?m)^" + name + " (\\d+)$").matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in /api/metrics:\n" + metrics);
        }
        return Long.parseLong(m.group(1));
    }

    /** A new operator account with a unique name starting with {@code prefix}, made by the admin over REST. */
    static String newOperator(String prefix, String password) {
        String user = prefix + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = asAdmin(
                "POST",
                "api/users",
                "{\"username\":\"" + user + "\",\"role\":\"operator\",\"password\":\"" + password + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("the admin could not create " + user + ": " + created.body());
        }
        return user;
    }

    /** POSTs a body with an X-Signature header, as Kisi does once a signature key is set. */
    static HttpResponse<String> postSignedEvent(String json, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve("kisi/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(signature == null ? request : request.header("X-Signature", signature));
    }

    static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(BASE.resolve(path)).GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    /** Sends with {@code client} (e.g. one that keeps cookies), with a time-out, as a test wants it: unchecked. */
    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A door (Kisi lock) watched by a new camera whose stream is never read (it is disabled): what the verdict and
     * console tests stand on. @return the camera's id
     */
    static String doorWithCamera(String lockId, String doorName, String cameraName) {
        String cameraId = disabledCamera(cameraName);
        HttpResponse<String> mapped = asAdmin(
                "PUT", "api/doors/" + lockId, "{\"name\":\"" + doorName + "\",\"cameras\":[\"" + cameraName + "\"]}");
        if (mapped.statusCode() != 200) {
            throw new AssertionError("door " + lockId + " not mapped: " + mapped.body());
        }
        return cameraId;
    }

    /**
     * Takes a camera a test made out of the way: removed, or, where it has labels on its video (evidence, which
     * Threshold keeps), disabled. Either way no later deployment reads it. A camera already gone is fine.
     */
    static void retireCamera(String cameraId) {
        HttpResponse<String> removed = asAdmin("DELETE", "api/cameras/" + cameraId, null);
        if (removed.statusCode() == 204 || removed.statusCode() == 404) {
            return;
        }
        HttpResponse<String> read = asAdmin("GET", "api/cameras/" + cameraId, null);
        jakarta.json.JsonObject camera;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(read.body()))) {
            camera = reader.readObject();
        }
        String disabled = jakarta.json.Json.createObjectBuilder()
                .add("name", camera.getString("name"))
                .add("analysisFps", camera.getJsonNumber("analysisFps"))
                .add("enabled", false)
                .build()
                .toString();
        HttpResponse<String> changed = asAdmin("PUT", "api/cameras/" + cameraId, disabled);
        if (changed.statusCode() != 200) {
            throw new AssertionError(
                    "camera " + cameraId + " neither removed (" + removed.body() + ") nor disabled: " + changed.body());
        }
    }

    /**
     * A new camera whose stream is never read (it is disabled), so that a door can be mapped to it: mapping a door
     * to a name of no camera is refused. @return the camera's id
     */
    static String disabledCamera(String cameraName) {
        HttpResponse<String> created =
                asAdmin("POST", "api/cameras", "{\"name\":\"" + cameraName + "\",\"analysisFps\":5,\"enabled\":false}");
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new AssertionError("camera " + cameraName + " not created: " + created.body());
        }
        return id.group(1);
    }
}
