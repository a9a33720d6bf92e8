package dev.threshold.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The build's WildFly started as an operator starts it ({@code standalone.sh}, read-only configuration), on its own
 * ports (offset 100: HTTP 8180, management 10090) and data directory, beside the Arquillian server, with its database
 * in the tests' database server (a separate process, as PostgreSQL is in production: the H2 server, or PostgreSQL in
 * the second pass); for tests that kill it with SIGKILL and start it again. A cluster node ({@link #node}) has a port
 * offset and a server base directory of its own (its configuration, made from this pass's, changed by a CLI script,
 * e.g. for a remote broker) and its environment.
 */
final class StandaloneServer implements AutoCloseable {

    static final int PORT_OFFSET = 100;
    static final URI BASE = URI.create("http://localhost:" + (8080 + PORT_OFFSET) + "/");

    private final Path home;
    private final Path dir;
    private Process process;

    private final String database;
    private final List<String> systemProperties;
    private int portOffset = PORT_OFFSET;
    private Path baseDir;
    private final Map<String, String> environment = new HashMap<>();

    StandaloneServer(Path home, Path dir, String database) {
        this(home, dir, database, List.of());
    }

    /** @param systemProperties further {@code -Dname=value} options, e.g. to switch the demo on */
    StandaloneServer(Path home, Path dir, String database, List<String> systemProperties) {
        this.home = home;
        this.dir = dir;
        this.database = database;
        this.systemProperties = List.copyOf(systemProperties);
    }

    /**
     * A node of a cluster: its own ports ({@code portOffset}) and server base directory ({@code baseDir}, holding its
     * configuration), the given environment (e.g. where the broker is).
     */
    static StandaloneServer node(
            Path home,
            Path dir,
            String database,
            List<String> systemProperties,
            int portOffset,
            Path baseDir,
            Map<String, String> environment) {
        StandaloneServer node = new StandaloneServer(home, dir, database, systemProperties);
        node.portOffset = portOffset;
        node.baseDir = baseDir;
        node.environment.putAll(environment);
        return node;
    }

    /**
     * A server base directory of its own, {@code nodeDir/base}, holding a copy of {@code configuration} and an empty
     * deployments directory: for a server whose configuration a test changes, or one booting beside another (two
     * servers booting from one configuration directory both write its history).
     */
    static Path ownBaseDir(Path nodeDir, Path configuration) throws IOException {
        Path baseDir = nodeDir.resolve("base");
        TestFiles.copyRecursively(configuration, baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        return baseDir;
    }

    URI base() {
        return URI.create("http://localhost:" + (8080 + portOffset) + "/");
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    /** This pass's server configuration: the build's, or its PostgreSQL copy in the second pass (it/pom.xml). */
    static Path passConfiguration(Path home) {
        return Path.of(System.getProperty(
                "threshold.it.server.config.dir",
                home.resolve("standalone/configuration").toString()));
    }

    /** Starts the server and deploys the EAR; returns once /health answers UP. */
    void startAndDeploy(File ear) throws IOException, InterruptedException {
        start();
        deploy(ear);
    }

    /** Starts the server (without Threshold); returns once its management port answers. */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "--read-only-server-config=standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.server.data.dir=" + dataDir(),
                "-Djboss.server.log.dir=" + dir.resolve("log"),
                "-Djboss.server.temp.dir=" + dir.resolve("tmp")));
        TestDatabase.ENGINE.create(database);
        command.addAll(TestDatabase.ENGINE.serverOptions(database));
        if (baseDir != null) {
            command.add("-Djboss.server.base.dir=" + baseDir); // a node's own configuration, made from this pass's
        } else {
            command.add("-Djboss.server.config.dir=" + passConfiguration(home));
        }
        command.addAll(systemProperties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("console.log").toFile()));
        builder.environment().putAll(TestDatabase.ENGINE.serverEnvironment(database));
        builder.environment()
                .put(
                        "JAVA_OPTS",
                        "-Xms256m -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true");
        builder.environment().putAll(environment);
        dir.toFile().mkdirs();
        process = builder.start();
        awaitPort(9990 + portOffset, Duration.ofSeconds(180));
    }

    /** Deploys the EAR on the started server; returns once /health answers UP. */
    void deploy(File ear) throws IOException, InterruptedException {
        cli("deploy --force " + ear.getAbsolutePath());
        awaitHealthy(Duration.ofSeconds(120));
    }

    /**
     * Posts a Kisi event to this server's webhook, signed with the tests' key as Kisi signs it (set it first:
     * {@link #useTestSignatureKey()}); IOException when the server does not answer.
     */
    HttpResponse<String> postEvent(HttpClient http, String body) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(base().resolve("kisi/events"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .header("X-Signature", KisiSigning.sign(body))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Sets the tests' Kisi settings and signature key on this server (once per database), as its admin. */
    void useTestSignatureKey() {
        KisiSigning.setTestKey(base(), adminPassword());
    }

    /** The admin's password on this server: its generated one, replaced by the tests' own ({@link AdminPassword}). */
    String adminPassword() {
        return AdminPassword.chosen(base(), dataDir());
    }

    /** SIGKILL to the JVM (not the launch script): no shutdown hook, no flush, as in a power cut. */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle handle : all) {
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    void stop() throws IOException, InterruptedException {
        cli(":shutdown");
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void cli(String command) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder(
                        home.resolve("bin/jboss-cli.sh").toString(),
                        "--controller=localhost:" + (9990 + portOffset),
                        "-c",
                        "--command=" + command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(dir.resolve("cli.log").toFile()))
                .start();
        if (!cli.waitFor(120, TimeUnit.SECONDS) || cli.exitValue() != 0) {
            throw new IllegalStateException("jboss-cli '" + command + "' failed; see " + dir.resolve("cli.log"));
        }
    }

    private static void awaitPort(int port, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("localhost", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port + " after " + timeout);
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(base().resolve("health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new UncheckedIOException(new IOException("Threshold did not become healthy within " + timeout));
    }
}
