package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.application.notification.IncidentLinks;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signed links of incident e-mails, tried with absurd expiries (400 naming the parameter, never 500) and revoked:
 * an operator may not, an admin may, and from then on every shared link of the incident answers 410.
 */
@ExtendWith(ArquillianExtension.class)
class SharedLinksIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEarWith(SharedLinksIT.class, UserAccountsIT.class);
    }

    @Inject
    IncidentLinks links;

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    @Test
    void anAbsurdExpiryIsABadRequestNotAServerError() throws Exception {
        UUID incident = incident();
        String link = path(links.signedLink(incident));
        assertEquals(200, ThresholdServer.get(link).statusCode(), "the link as signed works");
        String base = "shared/incidents/" + incident;
        String sig = link.substring(link.indexOf("&sig=") + 5);
        long yearsAhead = Instant.now().plus(Duration.ofDays(3 * 365)).getEpochSecond();
        for (String expires : List.of(
                "9223372036854775807",
                "99999999999999999999999",
                "-1",
                "-9223372036854775808",
                "abc",
                "1e9",
                "",
                "+1700000000",
                String.valueOf(yearsAhead),
                "31556889864403199")) {
            for (String route : List.of("", "/occurrences/1/snapshot", "/clip/" + UUID.randomUUID())) {
                HttpResponse<String> response = ThresholdServer.get(base + route + "?expires="
                        + java.net.URLEncoder.encode(expires, java.nio.charset.StandardCharsets.UTF_8) + "&sig=" + sig);
                assertEquals(400, response.statusCode(), "expires=" + expires + route + ": " + response.body());
                assertTrue(response.body().contains("\"field\":\"expires\""), response.body());
            }
        }
        HttpResponse<String> none = ThresholdServer.get(base + "?sig=" + sig);
        assertEquals(400, none.statusCode(), none.body());
        String expired = path(links.signedLink(incident, Instant.now().minusSeconds(60)));
        assertEquals(403, ThresholdServer.get(expired).statusCode(), "a real but past expiry stays 403");
    }

    @Test
    void anAdminRevokesTheLinksOfAnIncidentAndTheyAnswerGone() throws Exception {
        UUID incident = incident();
        UUID other = incident();
        String link = path(links.signedLink(incident));
        String otherLink = path(links.signedLink(other));
        assertEquals(200, ThresholdServer.get(link).statusCode());
        assertTrue(asAdmin("GET", "api/incidents/" + incident + "/shared-links", null)
                .body()
                .contains("\"revoked\":false"));

        String operator = "op-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                asAdmin(
                                "POST",
                                "api/users",
                                "{\"username\":\"" + operator
                                        + "\",\"role\":\"operator\",\"password\":\"correct horse battery\"}")
                        .statusCode());
        HttpResponse<String> byOperator = UserAccountsIT.as(
                operator, "correct horse battery", "DELETE", "api/incidents/" + incident + "/shared-links", null);
        assertEquals(403, byOperator.statusCode(), byOperator.body());
        assertEquals(200, ThresholdServer.get(link).statusCode(), "an operator revoked nothing");

        HttpResponse<String> revoked = asAdmin("DELETE", "api/incidents/" + incident + "/shared-links", null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(
                revoked.body().contains("\"revoked\":true") && revoked.body().contains("\"revokedBy\":\"admin\""),
                revoked.body());
        HttpResponse<String> gone = ThresholdServer.get(link);
        assertEquals(410, gone.statusCode(), gone.body());
        assertEquals(
                "application/problem+json",
                gone.headers().firstValue("Content-Type").orElse(""));
        String snapshot = link.replace(incident + "?", incident + "/occurrences/1/snapshot?");
        assertEquals(410, ThresholdServer.get(snapshot).statusCode(), "its snapshots too");
        String fresh = path(links.signedLink(incident));
        assertEquals(410, ThresholdServer.get(fresh).statusCode(), "a link made after the revocation too");
        assertEquals(200, ThresholdServer.get(otherLink).statusCode(), "another incident's links still work");
        assertEquals(
                200,
                asAdmin("DELETE", "api/incidents/" + incident + "/shared-links", null)
                        .statusCode(),
                "revoking again keeps the revocation");
        assertEquals(
                404,
                asAdmin("DELETE", "api/incidents/" + UUID.randomUUID() + "/shared-links", null)
                        .statusCode());
        HttpResponse<String> anonymous = ThresholdServer.send(
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("api/incidents/" + other + "/shared-links"))
                        .DELETE());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(200, ThresholdServer.get(otherLink).statusCode());
    }

    /** An incident at a door of its own, as the verdicts store it (the link's page needs no more). */
    private UUID incident() throws Exception {
        UUID id = UUID.randomUUID();
        String lockId = "link-" + id.toString().substring(0, 8);
        Instant at = Instant.now().minusSeconds(60);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement door =
                    c.prepareStatement("INSERT INTO door (lock_id, name, updated_at) VALUES (?, ?, ?)")) {
                door.setString(1, lockId);
                door.setString(2, "Link door " + lockId);
                door.setTimestamp(3, Timestamp.from(at));
                door.executeUpdate();
            }
            try (PreparedStatement incident = c.prepareStatement("INSERT INTO incident (id, lock_id, kind, status, "
                    + "window_start, window_end, grants, entries, unauthorised, kisi_tailgate, created_at, updated_at, "
                    + "version) VALUES (?, ?, 'TAILGATING', 'OPEN', ?, ?, 1, 2, 1, FALSE, ?, ?, 0)")) {
                incident.setObject(1, id);
                incident.setString(2, lockId);
                incident.setTimestamp(3, Timestamp.from(at));
                incident.setTimestamp(4, Timestamp.from(at.plusSeconds(10)));
                incident.setTimestamp(5, Timestamp.from(at));
                incident.setTimestamp(6, Timestamp.from(at));
                incident.executeUpdate();
            }
        }
        return id;
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/shared/") + 1);
    }
}
