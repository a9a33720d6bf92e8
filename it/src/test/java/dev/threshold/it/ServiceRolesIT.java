package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.basicAuth;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second layer of access control on its own: Threshold's services that change state refuse a caller of the
 * wrong role even when no REST resource or console page checked it first. A web archive of the test's
 * ({@link ServiceCallServlet}, same Elytron domain, no checks of its own) calls the services directly as anonymous,
 * operator and admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceRolesIT {

    private static final String PASSWORD = "service roles password";

    @Deployment(name = "threshold", order = 1, testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Deployment(name = "probe", order = 2, testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "service-call-probe.war")
                .addClass(ServiceCallServlet.class)
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                            <security-domain>threshold</security-domain>
                        </jboss-web>"""), "jboss-web.xml")
                .setWebXML(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <login-config><auth-method>BASIC?silent=true</auth-method><realm-name>Threshold</realm-name></login-config>
                            <security-role><role-name>admin</role-name></security-role>
                            <security-role><role-name>operator</role-name></security-role>
                        </web-app>"""));
    }

    /** Call → the roles its service admits. Anything else, anonymous included, must be refused by the container. */
    private static final Map<String, List<String>> CALLS = Map.of(
            "accounts", List.of("admin"),
            "createAccount", List.of("admin"),
            "forgetDoor", List.of("admin"),
            "removeCamera", List.of("admin"),
            "cameraForFootage", List.of("admin"),
            "emailPreview", List.of("admin"),
            "confirmIncident", List.of("admin", "operator"));

    @Test
    void theServicesRefuseAWrongRoleOnTheirOwn() {
        String operator = "svc-op-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(
                201,
                asAdmin(
                                "POST",
                                "api/users",
                                "{\"username\":\"" + operator + "\",\"role\":\"operator\",\"password\":\"" + PASSWORD
                                        + "\"}")
                        .statusCode());
        List<String> wrong = new ArrayList<>();
        CALLS.forEach((call, roles) -> {
            for (String caller : List.of("anonymous", "operator", "admin")) {
                String authorization = switch (caller) {
                    case "operator" -> basicAuth(operator, PASSWORD);
                    case "admin" -> basicAuth("admin", ThresholdServer.adminPassword());
                    default -> null;
                };
                HttpResponse<String> answer = call(call, authorization);
                boolean allowed = roles.contains(caller);
                // Allowed: the service ran (or refused the made-up input in words: not an access refusal).
                boolean asExpected = allowed ? answer.statusCode() != 403 : answer.statusCode() == 403;
                if (!asExpected) {
                    wrong.add(call + " as " + caller + " -> " + answer.statusCode() + " " + answer.body());
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    private static HttpResponse<String> call(String call, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:8080/service-call-probe/call/" + call))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return ThresholdServer.send(request);
    }
}
