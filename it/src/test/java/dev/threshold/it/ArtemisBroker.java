package dev.threshold.it;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone ActiveMQ Artemis broker, as an operator runs one for a Threshold cluster: an instance made with
 * {@code artemis create} from the distribution the build unpacked (it/pom.xml), with Threshold's queues, topic and
 * redelivery settings (ear/src/main/artemis/address-settings.xml), login required, only the core acceptor on
 * {@link #PORT}. Persistent: a restart keeps the messages it had.
 */
final class ArtemisBroker implements AutoCloseable {

    static final int PORT = 61616;
    static final String USER = "threshold";
    static final String PASSWORD = "it-broker-secret";

    private final Path instance;
    private Process process;

    private ArtemisBroker(Path instance) {
        this.instance = instance;
    }

    /** Creates a broker instance in {@code instance} (which must not exist) with Threshold's destinations. */
    static ArtemisBroker create(Path artemisHome, Path instance, Path addressSettings)
            throws IOException, InterruptedException {
        run(
                instance.getParent(),
                List.of(
                        artemisHome.resolve("bin/artemis").toString(),
                        "create",
                        instance.toString(),
                        "--silent",
                        "--user",
                        USER,
                        "--password",
                        PASSWORD,
                        "--require-login",
                        "--host",
                        "localhost",
                        "--name",
                        "threshold-it",
                        "--no-web",
                        "--no-amqp-acceptor",
                        "--no-stomp-acceptor",
                        "--no-mqtt-acceptor",
                        "--no-hornetq-acceptor",
                        "--no-autotune",
                        "--no-autocreate",
                        // The destinations of configure.cli, by the names use-remote-artemis.cli expects.
                        "--queues",
                        "frames:anycast,door-windows:anycast,dead-letters:anycast",
                        "--addresses",
                        "security-events:multicast"));
        Path brokerXml = instance.resolve("etc/broker.xml");
        String settings = Files.readString(addressSettings).replaceAll("(?s)<!--.*?-->", "");
        Files.writeString(
                brokerXml,
                Files.readString(brokerXml).replace("</address-settings>", settings + "\n</address-settings>"));
        Path profile = instance.resolve("etc/artemis.profile"); // 2 GB heap by default: too much beside two servers
        Files.writeString(
                profile,
                Files.readString(profile).replace("-Xms512M", "-Xms64M").replace("-Xmx2G", "-Xmx384M"));
        return new ArtemisBroker(instance);
    }

    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        instance.resolve("console.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("localhost", PORT)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker did not start; see " + instance.resolve("console.log"));
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the broker does not listen on " + PORT + " after 90 s");
    }

    /** Stops the broker as its service would (SIGTERM: its shutdown hook closes the journal). */
    void stop() throws InterruptedException {
        List<ProcessHandle> all = process.descendants().toList();
        all.forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle handle : all) {
            if (!handle.onExit()
                    .completeOnTimeout(null, 30, TimeUnit.SECONDS)
                    .join()
                    .isAlive()) {
                continue;
            }
            handle.destroyForcibly();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path log = dir.resolve("artemis-create.log");
        Process create = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!create.waitFor(120, TimeUnit.SECONDS) || create.exitValue() != 0) {
            throw new IllegalStateException("'artemis create' failed; see " + log);
        }
    }
}
