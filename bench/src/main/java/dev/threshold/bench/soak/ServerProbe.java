package dev.threshold.bench.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the server process looks like from outside: resident memory, threads and open files from /proc, the heap
 * after a full collection (jcmd of the server's own JDK: GC.run, then GC.heap_info), the JMS queues' depths
 * (jboss-cli, message-count of each queue), and the frames waiting, dropped frames and outbox from /api/metrics.
 */
final class ServerProbe {

    static final List<String> QUEUES = List.of("frames", "door-windows", "dead-letters");
    private static final Pattern USED = Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K");
    private static final Pattern RESULT = Pattern.compile("\"result\" => (\\d+)L?");

    private final long pid;
    private final Path jcmd;
    private final Path cli;
    private final ServerApi api;

    ServerProbe(long pid, Path wildfly, ServerApi api) {
        this.pid = pid;
        Path java = Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow());
        this.jcmd = java.resolveSibling("jcmd");
        this.cli = wildfly.resolve("bin/jboss-cli.sh");
        this.api = api;
    }

    double rssMiB() throws IOException {
        return status("VmRSS") / 1024.0;
    }

    int threads() throws IOException {
        return (int) status("Threads");
    }

    int openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return (int) fds.count();
        }
    }

    private long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException(field + " not in /proc/" + pid + "/status");
    }

    /** A full collection, then the heap in use: what the server holds on to; -1 when jcmd failed. */
    double heapAfterGcMiB() {
        Matcher m;
        try {
            run(jcmd.toString(), Long.toString(pid), "GC.run");
            m = USED.matcher(run(jcmd.toString(), Long.toString(pid), "GC.heap_info"));
        } catch (Exception e) {
            System.out.println(
                    "(heap not read: " + e.getMessage().lines().findFirst().orElse("") + ")");
            return -1;
        }
        long kib = 0;
        while (m.find()) {
            kib += Long.parseLong(m.group(1));
        }
        return kib / 1024.0;
    }

    /** message-count of each of {@link #QUEUES}, in that order, in one jboss-cli call; -1 where not read. */
    long[] queueDepths() {
        List<String> reads = new ArrayList<>();
        for (String q : QUEUES) {
            reads.add("/subsystem=messaging-activemq/server=default/jms-queue=" + q
                    + ":read-attribute(name=message-count)");
        }
        long[] depths = new long[QUEUES.size()];
        Matcher m;
        try { // the CLI's own timeout is 5 s: too short on a machine with a load of 50
            m = RESULT.matcher(run(cli.toString(), "-c", "--timeout=60000", "--commands=" + String.join(",", reads)));
        } catch (Exception e) {
            System.out.println(
                    "(queues not read: " + e.getMessage().lines().findFirst().orElse("") + ")");
            java.util.Arrays.fill(depths, -1);
            return depths;
        }
        for (int i = 0; i < depths.length; i++) {
            depths[i] = m.find() ? Long.parseLong(m.group(1)) : -1;
        }
        return depths;
    }

    /** The sum over all series of one metric of /api/metrics (e.g. threshold_camera_frames_waiting); -1: not read. */
    long metric(String metrics, String name) {
        if (metrics == null) {
            return -1;
        }
        long sum = 0;
        for (String line : metrics.lines().toList()) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** /api/metrics, or null when the server did not answer it. */
    String metrics() {
        try {
            return api.send("GET", "api/metrics", null);
        } catch (Exception e) {
            System.out.println("(metrics not read: " + e.getMessage() + ")");
            return null;
        }
    }

    static double load1() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }
}
