package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * HTTPS as docs/operations.md tells an operator to set it up: a keystore of their own (here keytool's self-signed
 * certificate, made by the test), use-tls.cli run offline on the server's configuration, the keystore's place and
 * password in the server's environment. A client that trusts only that certificate reaches the console's login page
 * and the webhook over HTTPS, with HSTS and a Secure, SameSite=Strict session cookie; plain HTTP carries neither.
 */
class TlsIT {

    static final String PASSWORD = "tls-it-" + UUID.randomUUID();
    static final int PORT_OFFSET = 100;
    static final URI HTTPS = URI.create("https://localhost:" + (8443 + PORT_OFFSET) + "/");

    @Test
    void theConsoleAndTheWebhookAreServedOverHttpsWithTheOperatorsCertificate() throws Exception {
        Path dir = Path.of(System.getProperty("threshold.it.tls.dir", "target/tls-server"))
                .toAbsolutePath();
        TestFiles.deleteRecursively(dir);
        Files.createDirectories(dir);
        Path home = Path.of(System.getProperty("threshold.it.server.home"));
        File ear = new File(System.getProperty("threshold.ear"));
        Path keystore = dir.resolve("threshold-tls.p12");
        run(
                dir,
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "threshold",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD),
                Map.of());

        Path baseDir = StandaloneServer.ownBaseDir(dir, StandaloneServer.passConfiguration(home));
        Map<String, String> environment =
                Map.of("THRESHOLD_TLS_KEYSTORE", keystore.toString(), "THRESHOLD_TLS_KEYSTORE_PASSWORD", PASSWORD);
        Path cli = Path.of(System.getProperty("threshold.it.wildfly.scripts")).resolve("use-tls.cli");
        Map<String, String> cliEnvironment = new java.util.HashMap<>(environment);
        cliEnvironment.putAll(Map.of("JBOSS_HOME", home.toString(), "JAVA_OPTS", "-Djboss.server.base.dir=" + baseDir));
        run(baseDir, List.of(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + cli), cliEnvironment);

        try (StandaloneServer server = StandaloneServer.node(
                home,
                dir,
                "tls-" + UUID.randomUUID(),
                List.of(
                        "-Dthreshold.kisi.allow-unsigned=true",
                        "-Dthreshold.recording.enabled=false",
                        "-Dthreshold.demo=false"),
                PORT_OFFSET,
                baseDir,
                environment)) {
            server.startAndDeploy(ear);
            HttpClient https = HttpClient.newBuilder()
                    .sslContext(trusting(keystore))
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

            HttpResponse<String> login = https.send(
                    HttpRequest.newBuilder(HTTPS.resolve("ui/home.xhtml"))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            assertTrue(login.body().contains("j_security_check"), "the login page: " + login.body());
            String hsts =
                    login.headers().firstValue("Strict-Transport-Security").orElse("");
            assertTrue(
                    hsts.startsWith("max-age=")
                            && Long.parseLong(hsts.replaceAll("max-age=(\\d+).*", "$1")) >= 15_552_000,
                    "HSTS for at least 180 days: " + hsts);
            String cookie = login.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "no session cookie: " + login.headers().map()));
            // Attribute names are case-insensitive (RFC 6265); Undertow writes "secure".
            String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
            assertTrue(
                    attributes.contains("; secure")
                            && attributes.contains("samesite=strict")
                            && attributes.contains("httponly"),
                    cookie);

            HttpResponse<String> event = https.send(
                    HttpRequest.newBuilder(HTTPS.resolve("kisi/events"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    KisiEvents.unlock(KisiEvents.uniqueUuid(), "TLS door", "91", "Tess Layer")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, event.statusCode(), "the webhook over HTTPS: " + event.body());
            assertTrue(event.headers().firstValue("Strict-Transport-Security").isPresent());

            HttpResponse<String> plain = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(server.base().resolve("ui/home.xhtml"))
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over HTTP");
            assertFalse(
                    plain.headers().allValues("Set-Cookie").stream()
                            .anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("; secure")),
                    plain.headers().map().toString());
            server.stop();
        }
    }

    /** Trusts the one certificate of the test's keystore, nothing else (not even the JDK's CAs). */
    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("threshold", store.getCertificate("threshold"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static void run(Path dir, List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("commands.log").toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed; see " + dir.resolve("commands.log"));
        }
    }
}
