package dev.threshold.it;

import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;

/** The first pass's database: the H2 TCP server the build starts (it/pom.xml), one process holding every database. */
final class H2UnderTest implements DatabaseUnderTest {

    private final int port = Integer.getInteger("threshold.it.h2.port", 9123);
    private final String directory = System.getProperty("threshold.it.h2.dir", "target/h2");

    @Override
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:tcp://localhost:" + port + "/" + database, "sa", "sa");
    }

    @Override
    public void create(String database) {
        // the server runs with -ifNotExists: the first connection makes it
    }

    @Override
    public List<String> serverOptions(String database) {
        return List.of("-Dthreshold.db.url=jdbc:h2:tcp://localhost:" + port + "/" + database + ";WRITE_DELAY=0");
    }

    @Override
    public Map<String, String> serverEnvironment(String database) {
        return Map.of();
    }

    /**
     * Kills the H2 server's process: the database dies as in a crash, taking every open connection with it. Only this
     * build's server, known by its files: another checkout's build may run one on the same port in a network namespace.
     */
    @Override
    public void goDown() {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("org.h2.tools.Server")
                                && c.contains("-tcpPort " + port)
                                && c.contains("-baseDir " + directory))
                        .orElse(false))
                .toList();
        if (servers.size() != 1) {
            throw new AssertionError("the tests' H2 server (started by the build) is not running: " + servers);
        }
        servers.get(0).destroyForcibly();
        awaitPortClosed();
    }

    /** Starts the H2 server again, in this JVM, on the same port and files. */
    @Override
    public void comeBack() {
        try {
            Server.createTcpServer(
                            "-tcpPort",
                            String.valueOf(port),
                            "-ifNotExists",
                            "-tcpPassword",
                            "it-shutdown",
                            "-baseDir",
                            directory)
                    .start();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the H2 server again: " + e.getMessage(), e);
        }
    }

    private void awaitPortClosed() {
        for (int i = 0; i < 100; i++) {
            try (Socket probe = new Socket("localhost", port)) {
                Thread.sleep(100);
            } catch (java.io.IOException closed) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the H2 server on port " + port + " did not stop");
    }
}
