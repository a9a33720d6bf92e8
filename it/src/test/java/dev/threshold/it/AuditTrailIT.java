package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.BASE;
import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.basicAuth;
import static dev.threshold.it.ThresholdServer.send;
import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.camera.DoorCrossingRepository;
import dev.threshold.infrastructure.messaging.SecurityEvents;
import dev.threshold.testing.Await;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail on the real server: each audited action done through REST (and the console's sign-in form) is
 * found in {@code GET /api/audit} with who, what, target and the caller's address, secrets never in it, and as a
 * {@code threshold.audit.<kind>} CloudEvent on {@code security-events}; a rolled-back change leaves no record; no
 * route changes or deletes a record (and on PostgreSQL the database refuses an UPDATE or DELETE).
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String ADDRESS = "127.0.0.1";
    private static final String TOKEN = "audit-it-api-token-" + UUID.randomUUID();

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(AuditTrailIT.class);
    }

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/topic/security-events")
    Topic securityEvents;

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    @Inject
    AuditTrail audit;

    @Inject
    CameraRepository cameras;

    @Inject
    DoorCrossingRepository crossings;

    @Test
    void everyAuditedActionIsRecordedWithWhoWhatAndAddressAndPublished() throws Exception {
        String clientId = "audit-" + UUID.randomUUID();
        subscribe(clientId);
        Map<String, JsonObject> expected = new HashMap<>(); // record id -> record, to be found on the topic
        String run = UUID.randomUUID().toString().substring(0, 8);

        // accounts: created, password changed (never the password), role changed, removed
        String user = "audit-" + run;
        String password = "audit trail password 1";
        assertEquals(
                201,
                asAdmin(
                                "POST",
                                "api/users",
                                "{\"username\":\"" + user + "\",\"role\":\"operator\",\"password\":\"" + password
                                        + "\"}")
                        .statusCode());
        JsonObject created = only(
                "actor=admin&kind=account.created", r -> r.getString("target").equals("user/" + user));
        assertEquals("operator", created.getJsonObject("after").getString("role"));
        assertEquals(ADDRESS, created.getString("address"));
        expected.put(created.getString("id"), created);

        String newPassword = "audit trail password 2";
        assertEquals(
                200,
                asAdmin("PUT", "api/users/" + user, "{\"password\":\"" + newPassword + "\"}")
                        .statusCode());
        JsonObject passwordChanged =
                only("kind=account.password-changed", r -> r.getString("target").equals("user/" + user));
        assertEquals("changed", passwordChanged.getJsonObject("after").getString("password"));
        assertFalse(passwordChanged.toString().contains(newPassword), passwordChanged.toString());
        expected.put(passwordChanged.getString("id"), passwordChanged);

        // HTTP Basic: the first success of the account from this address, not every request; every failure
        assertEquals(200, as(user, newPassword, "GET", "api/incidents").statusCode());
        assertEquals(200, as(user, newPassword, "GET", "api/incidents").statusCode());
        List<JsonObject> basicSignIns = records("actor=" + user + "&kind=signin.succeeded");
        assertEquals(1, basicSignIns.size(), basicSignIns.toString());
        assertEquals("basic", basicSignIns.get(0).getJsonObject("after").getString("method"));
        assertEquals(ADDRESS, basicSignIns.get(0).getString("address"));
        expected.put(basicSignIns.get(0).getString("id"), basicSignIns.get(0));
        assertEquals(401, as(user, "not the password!", "GET", "api/incidents").statusCode());
        JsonObject basicFailure = only(
                "actor=" + user + "&kind=signin.failed",
                r -> r.getJsonObject("after").getString("method").equals("basic"));
        assertFalse(basicFailure.toString().contains("not the password!"), basicFailure.toString());
        expected.put(basicFailure.getString("id"), basicFailure);

        // the console's sign-in form: a success and a failure
        formSignIn(user, "wrong password for the form"); // the login page again; the trail must show it
        JsonObject formFailure = only(
                "actor=" + user + "&kind=signin.failed",
                r -> r.getJsonObject("after").getString("method").equals("form"));
        assertEquals(ADDRESS, formFailure.getString("address"));
        expected.put(formFailure.getString("id"), formFailure);
        HttpResponse<String> signedIn = formSignIn(user, newPassword);
        assertTrue(
                signedIn.statusCode() == 302 || signedIn.statusCode() == 303,
                signedIn.statusCode() + " " + signedIn.body());
        JsonObject formSuccess = only(
                "actor=" + user + "&kind=signin.succeeded",
                r -> r.getJsonObject("after").getString("method").equals("form"));
        assertEquals(ADDRESS, formSuccess.getString("address"));
        expected.put(formSuccess.getString("id"), formSuccess);

        // settings: which fields changed; a secret "changed", never its value (the API token: the signature key is
        // the other test classes', which sign their events with it)
        assertEquals(
                200,
                asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\",\"placeId\":\"34\"," + "\"apiToken\":\"" + TOKEN + "\"}")
                        .statusCode());
        JsonObject kisi = latest("kind=settings.kisi-changed");
        assertEquals("changed", kisi.getJsonObject("after").getString("apiToken"));
        assertTrue(kisi.getJsonArray("changed").toString().contains("apiToken"), kisi.toString());
        assertEquals("admin", kisi.getString("actor"));
        assertFalse(kisi.toString().contains(TOKEN), "the token itself is never recorded: " + kisi);
        expected.put(kisi.getString("id"), kisi);
        assertEquals(
                200,
                asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\",\"placeId\":\"34\",\"clearApiToken\":true}")
                        .statusCode());
        assertEquals(
                "cleared",
                latest("kind=settings.kisi-changed").getJsonObject("after").getString("apiToken"));

        // a camera: created, changed with credentials (never recorded; the stream URL masked), removed
        String cameraName = "Audit cam " + run;
        String cameraId = idOf(asAdmin(
                "POST",
                "api/cameras",
                "{\"name\":\"" + cameraName + "\",\"streamUrl\":\"demo:door\",\"analysisFps\":5,\"enabled\":false}"));
        JsonObject cameraCreated =
                only("kind=camera.created", r -> r.getString("target").equals("camera/" + cameraId));
        expected.put(cameraCreated.getString("id"), cameraCreated);

        // recorded video downloaded: a snapshot and a clip
        Instant now = Instant.now();
        assertEquals(
                200,
                asAdmin("GET", "api/cameras/" + cameraId + "/snapshot?at=" + now.minusSeconds(30), null)
                        .statusCode());
        JsonObject snapshot = only(
                "kind=video.snapshot-downloaded", r -> r.getString("target").equals("camera/" + cameraId));
        assertEquals("admin", snapshot.getString("actor"));
        expected.put(snapshot.getString("id"), snapshot);
        assertEquals(
                200,
                asAdmin(
                                "GET",
                                "api/cameras/" + cameraId + "/clip?from=" + now.minusSeconds(30) + "&to="
                                        + now.minusSeconds(29),
                                null)
                        .statusCode());
        JsonObject clip =
                only("kind=video.clip-downloaded", r -> r.getString("target").equals("camera/" + cameraId));
        expected.put(clip.getString("id"), clip);

        // a door mapped to it, an incident there, its shared link (e-mailed), its review
        String lockId = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String doorName = "Audit door " + lockId;
        assertEquals(
                200,
                asAdmin(
                                "PUT",
                                "api/doors/" + lockId,
                                "{\"name\":\"" + doorName + "\",\"cameras\":[\"" + cameraName + "\"]}")
                        .statusCode());
        JsonObject mapped = only("kind=door.mapped", r -> r.getString("target").equals("door/" + lockId));
        assertEquals(
                "[\"" + cameraName + "\"]",
                mapped.getJsonObject("after").getJsonArray("cameras").toString());
        expected.put(mapped.getString("id"), mapped);

        Instant unlock = Instant.now();
        countEntries(UUID.fromString(cameraId), unlock.plusMillis(2500), unlock.plusMillis(3000));
        assertEquals(
                201,
                ThresholdServer.postEvent(
                                KisiEvents.unlockAt(lockId, doorName, "Ada Audit", "ada.audit@example.com", unlock))
                        .statusCode());
        String[] incident = new String[1];
        Await.until(
                () -> {
                    String found =
                            asAdmin("GET", "api/incidents?door=" + lockId, null).body();
                    incident[0] = found.contains("\"total\":1") ? idOf(found) : null;
                    return incident[0] != null;
                },
                Duration.ofSeconds(30),
                "an incident at " + doorName);
        JsonObject link =
                awaitOnly("kind=link.created", r -> r.getString("target").equals("incident/" + incident[0]));
        assertEquals("system", link.getString("actor"));
        expected.put(link.getString("id"), link);
        assertEquals(
                200,
                asAdmin("POST", "api/incidents/" + incident[0] + "/confirm", "{\"reason\":\"two people on the clip\"}")
                        .statusCode());
        JsonObject confirmed =
                only("kind=incident.confirmed", r -> r.getString("target").equals("incident/" + incident[0]));
        assertEquals("open", confirmed.getJsonObject("before").getString("status"));
        assertEquals("two people on the clip", confirmed.getJsonObject("after").getString("reason"));
        assertEquals(ADDRESS, confirmed.getString("address"));
        expected.put(confirmed.getString("id"), confirmed);

        String camera = asAdmin("GET", "api/cameras/" + cameraId, null).body();
        assertEquals(
                200,
                asAdmin(
                                "PUT",
                                "api/cameras/" + cameraId,
                                "{\"name\":\"" + cameraName + "\",\"streamUrl\":"
                                        + "\"rtsp://viewer:url-secret-9@127.0.0.1:8554/lobby\",\"username\":\"viewer\",\"password\":"
                                        + "\"camera-secret-7\",\"analysisFps\":5,\"enabled\":false}")
                        .statusCode(),
                camera);
        JsonObject cameraChanged =
                only("kind=camera.changed", r -> r.getString("target").equals("camera/" + cameraId));
        assertEquals("changed", cameraChanged.getJsonObject("after").getString("credentials"));
        assertFalse(
                cameraChanged.toString().contains("url-secret-9")
                        || cameraChanged.toString().contains("camera-secret-7"),
                "credentials are never recorded: " + cameraChanged);
        assertTrue(cameraChanged.getJsonArray("changed").toString().contains("streamUrl"), cameraChanged.toString());
        expected.put(cameraChanged.getString("id"), cameraChanged);

        String spareLock = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        assertEquals(
                200,
                asAdmin("PUT", "api/doors/" + spareLock, "{\"name\":\"Spare\",\"cameras\":[]}")
                        .statusCode());
        assertEquals(204, asAdmin("DELETE", "api/doors/" + spareLock, null).statusCode());
        JsonObject doorRemoved =
                only("kind=door.removed", r -> r.getString("target").equals("door/" + spareLock));
        expected.put(doorRemoved.getString("id"), doorRemoved);
        String spareCamera = idOf(asAdmin("POST", "api/cameras", "{\"name\":\"Spare " + run + "\",\"enabled\":false}"));
        assertEquals(204, asAdmin("DELETE", "api/cameras/" + spareCamera, null).statusCode());
        JsonObject cameraRemoved =
                only("kind=camera.removed", r -> r.getString("target").equals("camera/" + spareCamera));
        expected.put(cameraRemoved.getString("id"), cameraRemoved);

        assertEquals(
                200, asAdmin("PUT", "api/users/" + user, "{\"role\":\"admin\"}").statusCode());
        JsonObject roleChanged =
                only("kind=account.role-changed", r -> r.getString("target").equals("user/" + user));
        assertEquals("operator", roleChanged.getJsonObject("before").getString("role"));
        assertEquals("admin", roleChanged.getJsonObject("after").getString("role"));
        expected.put(roleChanged.getString("id"), roleChanged);
        assertEquals(204, asAdmin("DELETE", "api/users/" + user, null).statusCode());
        JsonObject removed =
                only("kind=account.removed", r -> r.getString("target").equals("user/" + user));
        expected.put(removed.getString("id"), removed);

        // every record as a CloudEvent threshold.audit.<kind> on the SIEM topic
        Set<String> waiting = new HashSet<>(expected.keySet());
        List<JsonObject> received = receiveUntil(clientId, e -> {
            waiting.remove(e.getString("subject", ""));
            return waiting.isEmpty();
        });
        for (JsonObject event : received) {
            JsonObject record = expected.get(event.getString("subject", ""));
            if (record != null) {
                assertEquals(SecurityEvents.AUDIT_TYPE_PREFIX + record.getString("kind"), event.getString("type"));
                assertEquals(
                        record.getString("actor"), event.getJsonObject("data").getString("actor"));
                assertEquals("/threshold", event.getString("source"));
            }
        }
        System.out.println("AuditTrailIT: " + expected.size() + " audited actions found in /api/audit and on "
                + "security-events");
    }

    @Test
    void aChangeRolledBackLeavesNoRecordAndPublishesNothing() throws Exception {
        String target = "it/" + UUID.randomUUID();
        transaction.begin();
        audit.record(
                "it-tester",
                "account.created",
                target,
                null,
                JSON.createObjectBuilder().add("role", "x").build());
        transaction.rollback();
        transaction.begin();
        audit.record("it-tester", "account.removed", target, null, null);
        transaction.commit();
        List<JsonObject> found = records("actor=it-tester");
        assertTrue(
                found.stream()
                        .noneMatch(r -> r.getString("target").equals(target)
                                && r.getString("kind").equals("account.created")),
                found.toString());
        assertEquals(
                1,
                found.stream().filter(r -> r.getString("target").equals(target)).count());
        assertThrows(
                Exception.class,
                () -> audit.record("account.created", target, null, null),
                "a record outside a transaction is refused: it would commit without its change");
    }

    @Test
    void noRouteChangesOrDeletesARecordAndOperatorsCannotReadIt() throws Exception {
        JsonObject record = latest("");
        String id = record.getString("id");
        for (String method : List.of("PUT", "DELETE", "POST", "PATCH")) {
            for (String path : List.of("api/audit", "api/audit/" + id)) {
                int status =
                        asAdmin(method, path, "{\"actor\":\"someone else\"}").statusCode();
                assertTrue(status == 404 || status == 405, method + " " + path + " -> " + status);
            }
        }
        assertEquals(
                record,
                records("").stream()
                        .filter(r -> r.getString("id").equals(id))
                        .findFirst()
                        .orElseThrow(),
                "the record is unchanged");

        String operator = "audit-op-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                asAdmin(
                                "POST",
                                "api/users",
                                "{\"username\":\"" + operator
                                        + "\",\"role\":\"operator\",\"password\":\"operator password 1\"}")
                        .statusCode());
        assertEquals(
                403, as(operator, "operator password 1", "GET", "api/audit").statusCode());
        assertEquals(401, ThresholdServer.get("api/audit").statusCode());
        assertEquals(400, asAdmin("GET", "api/audit?kind=DROP%20TABLE", null).statusCode());
        assertEquals(400, asAdmin("GET", "api/audit?limit=100000", null).statusCode());
        assertEquals(204, asAdmin("DELETE", "api/users/" + operator, null).statusCode());

        try (Connection c = dataSource.getConnection()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                try (Statement s = c.createStatement()) {
                    assertThrows(
                            SQLException.class,
                            () -> s.executeUpdate("UPDATE audit_record SET actor = 'nobody' WHERE id = '" + id + "'"));
                    assertThrows(
                            SQLException.class,
                            () -> s.executeUpdate("DELETE FROM audit_record WHERE id = '" + id + "'"));
                }
                System.out.println("AuditTrailIT: PostgreSQL refused UPDATE and DELETE of a record");
            }
        }
    }

    // --- helpers ---

    private static HttpResponse<String> as(String user, String password, String method, String path) {
        return send(HttpRequest.newBuilder(BASE.resolve(path))
                .header("Authorization", basicAuth(user, password))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** The console's sign-in as a browser does it: the login page, then the form posted to j_security_check. */
    private static HttpResponse<String> formSignIn(String user, String password) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        send(browser, HttpRequest.newBuilder(BASE.resolve("ui/home.xhtml")).GET());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(
                browser,
                HttpRequest.newBuilder(BASE.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static List<JsonObject> records(String query) {
        HttpResponse<String> response = asAdmin("GET", "api/audit?limit=500&" + query, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonArray records = JSON.createReader(new StringReader(response.body()))
                .readObject()
                .getJsonArray("records");
        return records.getValuesAs(JsonObject.class);
    }

    private static JsonObject latest(String query) {
        List<JsonObject> found = records(query);
        assertFalse(found.isEmpty(), "no record for " + query);
        return found.get(0);
    }

    /** The one record of the query that matches. */
    private static JsonObject only(String query, Predicate<JsonObject> which) {
        List<JsonObject> found = records(query).stream().filter(which).toList();
        assertEquals(1, found.size(), query + ": " + found);
        return found.get(0);
    }

    private static JsonObject awaitOnly(String query, Predicate<JsonObject> which) {
        Await.until(() -> records(query).stream().anyMatch(which), Duration.ofSeconds(30), "a record " + query);
        return only(query, which);
    }

    private static String idOf(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return idOf(response.body());
    }

    private static String idOf(String json) {
        var id = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        assertTrue(id.find(), json);
        return id.group(1);
    }

    private void countEntries(UUID cameraId, Instant... times) throws Exception {
        transaction.begin();
        Camera camera = cameras.find(cameraId).orElseThrow();
        long track = 1;
        for (Instant at : times) {
            crossings.store(new DoorCrossing(camera, track++, at, DoorCrossing.Direction.in, 0.9, null));
        }
        transaction.commit();
    }

    private void subscribe(String clientId) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.setClientID(clientId);
            jms.createDurableConsumer(securityEvents, "audit").close();
        }
    }

    private List<JsonObject> receiveUntil(String clientId, Predicate<JsonObject> last) throws Exception {
        List<JsonObject> received = new java.util.ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        boolean done = false;
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.setClientID(clientId);
            try (JMSConsumer consumer = jms.createDurableConsumer(securityEvents, "audit")) {
                while (!done && Instant.now().isBefore(deadline)) {
                    Message message = consumer.receive(1000);
                    if (message != null) {
                        JsonObject event = JSON.createReader(new StringReader(message.getBody(String.class)))
                                .readObject();
                        received.add(event);
                        done = last.test(event);
                    }
                }
            }
            jms.unsubscribe("audit");
        }
        assertTrue(done, "not every record was published within 60 s");
        return received;
    }
}
