package dev.threshold.it;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzes the authenticated REST API as an admin (signed in once, through the console's form), as {@link WebhookFuzzIT} does the webhook: random and mutated JSON
 * bodies, query parameters and path ids against the write and read routes. Never a 5xx, and a refused request (4xx)
 * changes nothing in the database (the tables the API writes, fingerprinted before and after each refusal).
 * {@code -Dthreshold.fuzz.cases=10000} for the full run (CI runs 1,000); the seed is printed, and
 * {@code -Dthreshold.fuzz.seed=N} replays a run. What it changes it undoes afterwards (new accounts, cameras and doors
 * removed, the Kisi and e-mail settings put back), so that the test classes after it find the server as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

    static final int CASES = Integer.getInteger("threshold.fuzz.cases", 1000);
    static final long SEED = Long.getLong("threshold.fuzz.seed", System.nanoTime());
    static final String RUN = Long.toString(Math.abs(SEED) % 100_000, 36);

    /** What the API writes; audit records of sign-ins are left out (a Basic sign-in is recorded on any answer). */
    static final List<String> WRITTEN = List.of(
            "SELECT username, role, password_hash FROM user_account ORDER BY username",
            "SELECT * FROM kisi_settings",
            "SELECT * FROM email_settings",
            "SELECT * FROM door ORDER BY lock_id",
            "SELECT * FROM door_camera ORDER BY lock_id, camera_id",
            "SELECT * FROM camera ORDER BY id",
            "SELECT id, status, reviewed_by, review_reason, reviewed_at FROM incident ORDER BY id",
            "SELECT COUNT(*) FROM audit_record WHERE kind NOT LIKE 'signin.%'");

    static Set<String> usersBefore;
    static Set<String> camerasBefore;
    static Set<String> doorsBefore;
    static String emailSettingsBefore;
    static final List<String> cameraIds = new ArrayList<>();
    /** The admin's console session: one sign-in for all cases (a bcrypt check per request would take minutes). */
    static final java.net.http.HttpClient SESSION = java.net.http.HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void somethingToFuzz() {
        usersBefore = Set.copyOf(names("api/users", "username"));
        camerasBefore = Set.copyOf(names("api/cameras", "id"));
        doorsBefore = Set.copyOf(names("api/doors", "lockId"));
        emailSettingsBefore =
                ThresholdServer.asAdmin("GET", "api/settings/email", null).body();
        ThresholdServer.send(
                SESSION,
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("ui/home.xhtml"))
                        .GET());
        HttpResponse<String> signedIn = ThresholdServer.send(
                SESSION,
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                                + URLEncoder.encode(ThresholdServer.adminPassword(), StandardCharsets.UTF_8))));
        assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 303, "signed in: " + signedIn.statusCode());
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> created = ThresholdServer.asAdmin(
                    "POST", "api/cameras", "{\"name\":\"Fuzz cam " + RUN + " " + i + "\",\"enabled\":false}");
            assertEquals(201, created.statusCode(), created.body());
            cameraIds.add(JSON.createReader(new StringReader(created.body()))
                    .readObject()
                    .getString("id"));
        }
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/doors/fuzz" + RUN,
                                "{\"name\":\"Fuzz door\",\"cameras\":[\"Fuzz cam " + RUN + " 0\"]}")
                        .statusCode());
    }

    /** Puts back what the fuzzer may have changed. */
    @AfterAll
    static void undo() {
        for (String door : names("api/doors", "lockId")) {
            if (!doorsBefore.contains(door)) {
                ThresholdServer.asAdmin("DELETE", "api/doors/" + door, null);
            }
        }
        for (String camera : names("api/cameras", "id")) {
            if (!camerasBefore.contains(camera)) {
                ThresholdServer.asAdmin("DELETE", "api/cameras/" + camera, null);
            }
        }
        for (String user : names("api/users", "username")) {
            if (!usersBefore.contains(user)) {
                ThresholdServer.asAdmin("DELETE", "api/users/" + URLEncoder.encode(user, StandardCharsets.UTF_8), null);
            }
        }
        ThresholdServer.asAdmin(
                "PUT",
                "api/settings/kisi",
                "{\"organizationId\":\"12\",\"placeId\":\"34\",\"publicBaseUrl\":null,\"clearApiToken\":true}");
        JsonObject email =
                JSON.createReader(new StringReader(emailSettingsBefore)).readObject();
        ThresholdServer.asAdmin(
                "PUT",
                "api/settings/email",
                JSON.createObjectBuilder()
                        .add("notifyPeople", email.getBoolean("notifyPeople", true))
                        .add("securityAddresses", email.getJsonArray("securityAddresses"))
                        .add("useDefault", true)
                        .build()
                        .toString());
    }

    @Test
    void noRequestMakesTheApiFailAndARefusedOneChangesNothing() throws Exception {
        Random random = new Random(SEED);
        Cases cases = new Cases(random, cameraIds, "fuzz" + RUN);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> refusedButChanged = new ArrayList<>();
        long started = System.nanoTime();
        try (Connection db = TestDatabase.connect("threshold")) {
            String state = fingerprint(db);
            for (int i = 0; i < CASES; i++) {
                Cases.Case c = cases.next();
                HttpResponse<String> response = ThresholdServer.send(SESSION, c.request());
                int status = response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500 && serverErrors.size() < 10) {
                    serverErrors.add("case " + i + ": " + status + " " + cut(response.body()) + " for " + c);
                }
                String after = fingerprint(db);
                if (status >= 400 && status < 500 && !after.equals(state) && refusedButChanged.size() < 10) {
                    refusedButChanged.add("case " + i + ": " + status + " " + cut(response.body()) + " for " + c);
                }
                state = after;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "api fuzz: %d cases in %.1f s (seed %d), statuses %s, 5xx %d, refused but changed %d%n",
                CASES, seconds, SEED, statuses, serverErrors.size(), refusedButChanged.size());

        assertTrue(
                serverErrors.isEmpty(),
                "5xx answers (replay with -Dthreshold.fuzz.seed=" + SEED + "): " + serverErrors);
        assertTrue(
                refusedButChanged.isEmpty(),
                "refused requests that changed the database (seed " + SEED + "): " + refusedButChanged);
        assertTrue(
                statuses.keySet().stream().anyMatch(s -> s >= 200 && s < 300)
                        && statuses.getOrDefault(400, 0) > 0
                        && statuses.getOrDefault(404, 0) > 0,
                "the fuzzer reached success and refusal: " + statuses);
        assertEquals(200, ThresholdServer.get("health").statusCode(), "healthy afterwards");
        assertEquals(
                200,
                ThresholdServer.send(
                                SESSION,
                                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("api/users"))
                                        .GET())
                        .statusCode(),
                "still signed in at the end: every case ran as the admin");
    }

    /** A digest of every table the API writes. */
    static String fingerprint(Connection db) throws SQLException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Statement s = db.createStatement()) {
                for (String query : WRITTEN) {
                    try (ResultSet rows = s.executeQuery(query)) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                digest.update(String.valueOf(rows.getString(c)).getBytes(StandardCharsets.UTF_8));
                                digest.update((byte) 0);
                            }
                        }
                    }
                    digest.update((byte) 1);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(String path, String field) {
        HttpResponse<String> listed = ThresholdServer.asAdmin("GET", path, null);
        assertEquals(200, listed.statusCode(), listed.body());
        List<String> names = new ArrayList<>();
        for (JsonValue v : JSON.createReader(new StringReader(listed.body())).readArray()) {
            names.add(v.asJsonObject().getString(field));
        }
        return names;
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Requests to the API's routes, from well-formed to hostile. */
    static final class Cases {

        /** method, path ({camera}, {door}, {user}, {incident}, {any} filled in), body template or null. */
        record Route(String method, String path, String body) {}

        static final List<Route> ROUTES = List.of(
                new Route("GET", "api/users", null),
                new Route(
                        "POST",
                        "api/users",
                        "{\"username\":\"fz-{n}\",\"role\":\"operator\",\"password\":\"fuzz password {n}\"}"),
                new Route("PUT", "api/users/{user}", "{\"role\":\"operator\",\"password\":\"fuzz password {n}\"}"),
                new Route("DELETE", "api/users/{user}", null),
                new Route("GET", "api/settings/kisi", null),
                // never the signature key: the test classes after this one sign their events with theirs
                new Route(
                        "PUT",
                        "api/settings/kisi",
                        "{\"organizationId\":\"12\",\"placeId\":\"34\",\"publicBaseUrl\":\"https://threshold.example.com\",\"apiToken\":\"t{n}\"}"),
                new Route("GET", "api/settings/kisi/webhook", null),
                new Route("GET", "api/settings/email", null),
                new Route(
                        "PUT",
                        "api/settings/email",
                        "{\"notifyPeople\":true,\"securityAddresses\":[\"sec{n}@example.com\"],\"subjectTemplate\":\"Incident at {{door}}\"}"),
                new Route(
                        "POST",
                        "api/settings/email/preview",
                        "{\"subjectTemplate\":\"At {{door}}\",\"bodyTemplate\":\"{{door}} {n}\"}"),
                new Route("GET", "api/settings/email/deliveries?incidentId={q}&limit={q}", null),
                new Route("GET", "api/doors", null),
                new Route("GET", "api/doors/{door}", null),
                new Route("PUT", "api/doors/{door}", "{\"name\":\"Fuzz door {n}\",\"cameras\":[\"Fuzz cam {run} 1\"]}"),
                new Route("DELETE", "api/doors/{door}", null),
                new Route("GET", "api/cameras", null),
                new Route(
                        "POST",
                        "api/cameras",
                        "{\"name\":\"Fuzz cam {run} x{n}\",\"analysisFps\":2,\"enabled\":false}"),
                new Route("GET", "api/cameras/{camera}", null),
                new Route(
                        "PUT",
                        "api/cameras/{camera}",
                        "{\"name\":\"Fuzz cam {run} y{n}\",\"streamUrl\":\"rtsp://u:p@127.0.0.1:1/x\",\"username\":\"u\",\"password\":\"p{n}\",\"analysisFps\":3,\"enabled\":false}"),
                new Route("DELETE", "api/cameras/{camera}", null),
                new Route("GET", "api/cameras/{camera}/scene", null),
                new Route(
                        "PUT",
                        "api/cameras/{camera}/scene",
                        "{\"format\":\"threshold-scene/1\",\"image\":{\"width\":640,\"height\":480}}"),
                new Route(
                        "POST",
                        "api/cameras/{camera}/scene/check",
                        "{\"format\":\"threshold-scene/1\",\"image\":{\"width\":640,\"height\":480}}"),
                new Route("GET", "api/cameras/{camera}/timeline?from={q}&to={q}", null),
                new Route("GET", "api/cameras/{camera}/trials/{any}", null),
                new Route(
                        "GET", "api/incidents?status={q}&kind={q}&door={q}&from={q}&to={q}&offset={q}&limit={q}", null),
                new Route("GET", "api/incidents/doors", null),
                new Route("GET", "api/incidents/{incident}", null),
                new Route("POST", "api/incidents/{incident}/confirm", "{\"reason\":\"fuzz {n}\"}"),
                new Route("POST", "api/incidents/{incident}/dismiss", "{\"reason\":\"fuzz {n}\"}"),
                new Route("GET", "api/incidents/{incident}/occurrences/{q}/snapshot", null),
                new Route("GET", "api/labels?q={q}&camera={q}&door={q}&from={q}&to={q}&limit={q}", null),
                new Route("GET", "api/windows?door={q}&limit={q}", null),
                new Route("GET", "api/metrics", null),
                new Route("GET", "api/audit?actor={q}&kind={q}&from={q}&to={q}&offset={q}&limit={q}", null));

        private static final List<String> VALUES = java.util.stream.Stream.concat(
                        HostileJson.VALUES.stream(),
                        java.util.stream.Stream.of(
                                "\"admin\"",
                                "\"operator\"",
                                "\"demo:door\"",
                                "\"file:///etc/passwd\"",
                                "\"concat:/etc/passwd\"",
                                "[\"a\",1,null]",
                                "\"<script>alert(1)</script>\"",
                                "\"' OR 1=1 --\""))
                .toList();
        private static final String[] QUERY = {
            "",
            " ",
            "0",
            "-1",
            "2147483648",
            "99999999999999999999",
            "1e3",
            "2026-11-29T08:00:00Z",
            "2026-13-45T99:99:99Z",
            "yesterday",
            "open",
            "confirmed",
            "tailgating",
            "forced-entry",
            "account.",
            "signin.failed",
            "%",
            "_",
            "'",
            "\"",
            "\u0000",
            "é€😀",
            "x".repeat(3000),
            UUID.randomUUID().toString(),
            "../../etc/passwd",
            "null",
            "NaN",
            "true"
        };
        /** Never "admin": the fuzzer must not change the password the other test classes sign in with. */
        private static final String[] IDS = {
            "",
            "0",
            "-1",
            "null",
            "not-a-uuid",
            "00000000-0000-0000-0000-000000000000",
            "é",
            "x".repeat(300),
            "..",
            "a b",
            "%00",
            "'",
            "1e400",
            "fuzz"
        };

        private static final String[] CONTENT_TYPES = {
            null,
            "text/plain",
            "application/json; charset=latin1",
            "application/xml",
            "application/json",
            "application/json",
            "application/json",
            "application/json"
        };

        private final Random random;
        private final HostileJson hostile;
        private final List<String> cameras;
        private final String door;
        private int n;

        Cases(Random random, List<String> cameras, String door) {
            this.random = random;
            this.hostile = new HostileJson(random);
            this.cameras = cameras;
            this.door = door;
        }

        /** One request and what it was, for the report. */
        record Case(HttpRequest.Builder builder, String description) {
            HttpRequest.Builder request() {
                return builder;
            }

            @Override
            public String toString() {
                return description;
            }
        }

        Case next() {
            n++;
            Route route = ROUTES.get(random.nextInt(ROUTES.size()));
            String path = fill(route.path());
            // the console's session; a write carries the console's own origin, as the browser sends it
            HttpRequest.Builder request = HttpRequest.newBuilder(ThresholdServer.BASE.resolve(path))
                    .header("Origin", ThresholdServer.BASE.toString().replaceAll("/$", ""));
            byte[] body = route.body() == null
                    ? (random.nextInt(10) == 0 ? hostile.randomBytes(50) : null)
                    : body(route.body().replace("{n}", String.valueOf(n)).replace("{run}", RUN));
            String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(
                    route.method(),
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            return new Case(
                    request,
                    route.method() + " /" + path + " [" + contentType + "] "
                            + (body == null
                                    ? ""
                                    : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)));
        }

        private String fill(String path) {
            String filled = path;
            filled = replaceEach(
                    filled,
                    "{camera}",
                    () -> random.nextInt(3) > 0 ? cameras.get(random.nextInt(cameras.size())) : id());
            filled = replaceEach(filled, "{door}", () -> random.nextInt(3) > 0 ? door : id());
            filled = replaceEach(filled, "{user}", () -> random.nextInt(3) > 0 ? "fz-" + random.nextInt(n + 1) : id());
            filled = replaceEach(
                    filled,
                    "{incident}",
                    () -> random.nextBoolean() ? UUID.randomUUID().toString() : id());
            filled = replaceEach(filled, "{any}", this::id);
            filled =
                    replaceEach(filled, "{q}", () -> random.nextInt(3) == 0 ? "" : QUERY[random.nextInt(QUERY.length)]);
            return filled;
        }

        private String id() {
            return IDS[random.nextInt(IDS.length)];
        }

        private static String replaceEach(String path, String placeholder, java.util.function.Supplier<String> value) {
            String result = path;
            int at;
            while ((at = result.indexOf(placeholder)) >= 0) {
                String encoded = URLEncoder.encode(value.get(), StandardCharsets.UTF_8);
                result = result.substring(0, at)
                        + (encoded.isEmpty() && result.charAt(at - 1) == '/' ? "%20" : encoded)
                        + result.substring(at + placeholder.length());
            }
            return result;
        }

        private byte[] body(String template) {
            return switch (random.nextInt(10)) {
                case 0, 1, 2 -> template.getBytes(StandardCharsets.UTF_8);
                case 3, 4 -> withFieldReplaced(template).getBytes(StandardCharsets.UTF_8);
                case 5 -> withoutField(template).getBytes(StandardCharsets.UTF_8);
                case 6 -> hostile.mutated(template.getBytes(StandardCharsets.UTF_8));
                case 7 -> hostile.deeplyNested("\"name\":\"x\",").getBytes(StandardCharsets.UTF_8);
                case 8 -> hostile.randomBytes(random.nextInt(200));
                default ->
                    random.nextInt(4) == 0
                            ? hostile.oversize("", "name")
                            : VALUES.get(random.nextInt(VALUES.size())).getBytes(StandardCharsets.UTF_8);
            };
        }

        private String withFieldReplaced(String template) {
            List<String> fields = fields(template);
            String value = VALUES.get(random.nextInt(VALUES.size()));
            if (fields.isEmpty()) {
                return template;
            }
            String field = fields.get(random.nextInt(fields.size()));
            JsonObject json = JSON.createReader(new StringReader(template)).readObject();
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<String, JsonValue> e : json.entrySet()) {
                out.append(out.length() > 1 ? "," : "")
                        .append('"')
                        .append(e.getKey())
                        .append("\":")
                        .append(e.getKey().equals(field) ? value : e.getValue().toString());
            }
            return out.append('}').toString();
        }

        private String withoutField(String template) {
            List<String> fields = fields(template);
            if (fields.isEmpty()) {
                return template;
            }
            String field = fields.get(random.nextInt(fields.size()));
            JsonObject json = JSON.createReader(new StringReader(template)).readObject();
            return JSON.createObjectBuilder(json).remove(field).build().toString();
        }

        private static List<String> fields(String template) {
            List<String> fields = new ArrayList<>();
            Matcher m = Pattern.compile("\"([A-Za-z]+)\":").matcher(template);
            while (m.find()) {
                fields.add(m.group(1));
            }
            return fields.stream()
                    .filter(f -> JSON.createReader(new StringReader(template))
                            .readObject()
                            .containsKey(f))
                    .toList();
        }
    }
}
