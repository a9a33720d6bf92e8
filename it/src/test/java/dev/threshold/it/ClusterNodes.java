package dev.threshold.it;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * WildFly nodes on a standalone broker ({@link ArtemisBroker}), as an operator sets up a cluster node
 * (docs/operations.md, "Cluster"): this pass's configuration with use-remote-artemis.cli applied, and each node a
 * name, ports and a server base directory of its own, the broker's address and credentials in its environment and
 * the same secrets key as every other node. For ClusterIT and BrokerOutageHealthIT.
 */
final class ClusterNodes {

    /** Every node's: one node seals into the shared database what another must open (e.g. Kisi's signature key). */
    private static final String SECRETS_KEY = randomKey();

    private ClusterNodes() {}

    /** A standalone broker in {@code instance} (not started), made from the Artemis the build unpacked. */
    static ArtemisBroker broker(Path instance) throws IOException, InterruptedException {
        return ArtemisBroker.create(
                Path.of(System.getProperty("threshold.it.artemis.home")),
                instance,
                Path.of(System.getProperty("threshold.it.artemis.settings")));
    }

    /** This pass's configuration with use-remote-artemis.cli applied (offline, as an operator does), once for all. */
    static Path remoteBrokerConfiguration(Path home, Path baseDir) throws IOException, InterruptedException {
        TestFiles.copyRecursively(StandaloneServer.passConfiguration(home), baseDir.resolve("configuration"));
        Path cli = Path.of(System.getProperty("threshold.it.wildfly.scripts")).resolve("use-remote-artemis.cli");
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/jboss-cli.sh").toString(), "--file=" + cli)
                .directory(baseDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        baseDir.resolve("cli.log").toFile()));
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + baseDir);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("use-remote-artemis.cli failed; see " + baseDir.resolve("cli.log"));
        }
        return baseDir.resolve("configuration");
    }

    /**
     * A node named {@code name} in {@code dir/name}, with a copy of {@code configuration}, on the port offset given,
     * talking to the {@link ArtemisBroker}; {@code systemProperties} are the test's own further options.
     */
    static StandaloneServer node(
            Path home,
            Path dir,
            String database,
            Path configuration,
            String name,
            int portOffset,
            List<String> systemProperties)
            throws IOException {
        Path nodeDir = dir.resolve(name);
        Path baseDir = StandaloneServer.ownBaseDir(nodeDir, configuration);
        List<String> properties = new ArrayList<>(List.of(
                "-Djboss.node.name=" + name, "-Djboss.tx.node.id=" + name, "-Dthreshold.secrets.key=" + SECRETS_KEY));
        properties.addAll(systemProperties);
        return StandaloneServer.node(
                home,
                nodeDir,
                database,
                properties,
                portOffset,
                baseDir,
                Map.of(
                        "THRESHOLD_ARTEMIS_HOST",
                        "localhost",
                        "THRESHOLD_ARTEMIS_PORT",
                        String.valueOf(ArtemisBroker.PORT),
                        "THRESHOLD_ARTEMIS_USER",
                        ArtemisBroker.USER,
                        "THRESHOLD_ARTEMIS_PASSWORD",
                        ArtemisBroker.PASSWORD));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
