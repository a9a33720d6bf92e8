package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first start of two nodes on one empty database, both at once as an orchestrator starts them: both come up, one
 * creates the account {@code admin} (and writes its password file), the other finds it; and that generated password
 * opens nothing but the page and the route that replace it.
 */
class FirstStartIT {

    @Test
    void twoNodesOnAnEmptyDatabaseBothComeUpAndTheGeneratedAdminPasswordMustBeReplaced() throws Exception {
        Path dir = Path.of(System.getProperty("threshold.it.crash.dir", "target/crash-server"))
                .resolveSibling("first-start");
        TestFiles.deleteRecursively(dir);
        Path home = Path.of(System.getProperty("threshold.it.server.home"));
        File ear = new File(System.getProperty("threshold.ear"));
        String database = "first-" + UUID.randomUUID();
        TestDatabase.ENGINE.create(database);
        try (StandaloneServer a = node(home, dir, database, "first-a", 100);
                StandaloneServer b = node(home, dir, database, "first-b", 200)) {
            ExecutorService boot = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> booted = List.of(
                        boot.submit(() -> {
                            a.startAndDeploy(ear);
                            return null;
                        }),
                        boot.submit(() -> {
                            b.startAndDeploy(ear);
                            return null;
                        }));
                for (Future<?> node : booted) {
                    node.get(6, TimeUnit.MINUTES); // healthy, or the failure why not
                }
            } finally {
                boot.shutdown();
            }
            List<StandaloneServer> creators = List.of(a, b).stream()
                    .filter(n -> Files.exists(n.dataDir().resolve("threshold/initial-admin-password")))
                    .toList();
            assertEquals(1, creators.size(), "exactly one node created the admin and wrote its password");
            StandaloneServer creator = creators.get(0);
            StandaloneServer other = creator == a ? b : a;
            String generated = AdminPassword.generated(creator.dataDir());

            // The generated password signs in, but opens only the route that replaces it: on either node.
            for (StandaloneServer node : List.of(a, b)) {
                HttpResponse<String> refused = get(node.base(), "api/cameras", generated);
                assertEquals(403, refused.statusCode(), refused.body());
                assertEquals(
                        "application/problem+json",
                        refused.headers().firstValue("Content-Type").orElse(""));
                assertTrue(refused.body().contains("Choose a new password first"), refused.body());
                assertTrue(get(node.base(), "api/account", generated).body().contains("\"mustChangePassword\":true"));
            }
            // The console sends the admin to the page that replaces it.
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            ThresholdServer.send(
                    browser,
                    HttpRequest.newBuilder(other.base().resolve("ui/home.xhtml"))
                            .GET());
            HttpResponse<String> signedIn = ThresholdServer.send(
                    browser,
                    HttpRequest.newBuilder(other.base().resolve("j_security_check"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                                    + URLEncoder.encode(generated, StandardCharsets.UTF_8))));
            assertEquals(302, signedIn.statusCode(), signedIn.body());
            HttpResponse<String> console = ThresholdServer.send(
                    browser,
                    HttpRequest.newBuilder(other.base().resolve("ui/home.xhtml"))
                            .GET());
            assertEquals(302, console.statusCode());
            assertTrue(
                    console.headers().firstValue("Location").orElse("").endsWith("/ui/password.xhtml"),
                    console.headers().map().toString());
            HttpResponse<String> page = ThresholdServer.send(
                    browser,
                    HttpRequest.newBuilder(other.base().resolve("ui/password.xhtml"))
                            .GET());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Choose your own before you go on"), page.body());

            // Replaced: the new password opens everything, the generated one nothing.
            assertEquals(
                    204,
                    AdminPassword.changePassword(other.base(), generated, "the admin's own password 1")
                            .statusCode());
            assertEquals(
                    200,
                    get(a.base(), "api/cameras", "the admin's own password 1").statusCode());
            assertEquals(401, get(b.base(), "api/cameras", generated).statusCode());
            assertTrue(get(b.base(), "api/account", "the admin's own password 1")
                    .body()
                    .contains("\"mustChangePassword\":false"));
            String users =
                    get(a.base(), "api/users", "the admin's own password 1").body();
            assertEquals(1, users.split("\"username\":\"admin\"", -1).length - 1, users);
        }
    }

    /**
     * A node with a copy of the build's configuration of its own: two servers booting at once from one configuration
     * directory both write its history ({@code standalone_xml_history}) and one failed to boot (CI, 2026-12-07).
     */
    private static StandaloneServer node(Path home, Path dir, String database, String name, int portOffset)
            throws IOException {
        Path nodeDir = dir.resolve(name);
        Path baseDir = StandaloneServer.ownBaseDir(nodeDir, StandaloneServer.passConfiguration(home));
        return StandaloneServer.node(
                home,
                nodeDir,
                database,
                List.of(
                        "-Djboss.node.name=" + name,
                        "-Djboss.tx.node.id=" + name,
                        "-Dthreshold.video.dir=" + dir.resolve("video"),
                        "-Dthreshold.recording.enabled=false"),
                portOffset,
                baseDir,
                Map.of());
    }

    private static HttpResponse<String> get(URI base, String path, String password) {
        return ThresholdServer.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", ThresholdServer.basicAuth("admin", password))
                .GET());
    }
}
