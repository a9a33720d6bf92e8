import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How bench/webhook-load sends: a phase of requests in a closed loop (C connections, each sending as soon as it has
 * its answer) or an open loop (a fixed rate, latency counted from each request's planned send time), with the
 * latencies, the answers' statuses and the server process's CPU time that each phase cost. What is sent and what
 * the figures mean is WebhookLoad's.
 */
final class LoadLoops {

    /**
     * One phase's figures; serverCpuMillisBefore (and compilerCpuMillisBefore) let a caller extend the phase's CPU
     * time past its end. The compiler's share is the JIT's threads (C1, C2): on 2 cores the server's C2 still compiles
     * minutes into the load, which is the server's warm-up, not work a request causes once it has run a while.
     */
    record Phase(String name, double requestsPerSecond, long[] latenciesMicros, Map<Integer, Long> statuses,
                 double seconds, double serverCpuMillisPerRequest, long serverCpuMillisBefore,
                 double compilerCpuMillisPerRequest, long compilerCpuMillisBefore) {
        long percentile(double p) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    private final HttpClient http;

    /** The server process (--server-pid), whose CPU time each phase reports per request; -1: not reported. */
    private final long serverPid;

    LoadLoops(HttpClient http, long serverPid) {
        this.http = http;
        this.serverPid = serverPid;
    }

    Phase closedLoop(String name, Supplier<HttpRequest> request, int connections, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<long[]> perThread = new ArrayList<>();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long cpuBefore = serverCpuMillis();
        long compilerBefore = compilerCpuMillis();
        long started = System.nanoTime();
        System.out.printf("%s: from %s%n", name, java.time.Instant.now()); // to find the phase in a server profile
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status = send(request.get());
                    if (n < latencies.length) {
                        latencies[n++] = (System.nanoTime() - t0) / 1000;
                    }
                    statuses.merge(status, 1L, Long::sum);
                    done.incrementAndGet();
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpu = serverCpuMillis() - cpuBefore;
        long compiler = compilerCpuMillis() - compilerBefore;
        for (var f : futures) {
            try {
                perThread.add(f.get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return new Phase(name, done.get() / elapsed, perThread.stream().flatMapToLong(Arrays::stream).toArray(),
                statuses, elapsed, perRequest(cpu, done.get()), cpuBefore, perRequest(compiler, done.get()),
                compilerBefore);
    }

    /** Each of the workers sends at rate/workers, on a fixed schedule; latency counts from the planned time. */
    Phase openLoop(String name, Supplier<HttpRequest> request, int workers, int seconds, double rate)
            throws InterruptedException {
        long intervalNanos = (long) (1e9 * workers / rate);
        System.out.printf("%s: from %s%n", name, java.time.Instant.now().plusMillis(100)); // as the closed loop's
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long cpuBefore = serverCpuMillis();
        long compilerBefore = compilerCpuMillis();
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long offset = intervalNanos * w / workers;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (long planned = start + offset; planned < end; planned += intervalNanos) {
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    int status = send(request.get());
                    latencies.add((System.nanoTime() - planned) / 1000);
                    statuses.merge(status, 1L, Long::sum);
                }
                return latencies.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        long cpu = serverCpuMillis() - cpuBefore;
        long compiler = compilerCpuMillis() - compilerBefore;
        List<long[]> all = new ArrayList<>();
        for (var f : futures) {
            try {
                all.add(f.get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Phase(name, latencies.length / (double) seconds, latencies, statuses, seconds,
                perRequest(cpu, latencies.length), cpuBefore, perRequest(compiler, latencies.length), compilerBefore);
    }

    /** User and system CPU time of the server process so far, from /proc (Linux), in ms; 0 when unknown. */
    long serverCpuMillis() {
        if (serverPid <= 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + serverPid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (Exception e) {
            return 0;
        }
    }

    /** CPU time of the server's JIT compiler threads (named "C1 CompilerThread…", "C2 CompilerThread…") so far, in ms. */
    long compilerCpuMillis() {
        if (serverPid <= 0) {
            return 0;
        }
        long ticks = 0;
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + serverPid + "/task"))) {
            for (var task : tasks.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (Exception gone) {
                    // a compiler thread that ended meanwhile (the JVM adds and removes them with the queue)
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** Linux's USER_HZ, 100 on every mainstream kernel. */
    static final long CLOCK_TICKS_PER_SECOND = 100;

    double perRequest(long cpuMillis, long requests) {
        return serverPid <= 0 || requests == 0 ? Double.NaN : cpuMillis / (double) requests;
    }

    private int send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
