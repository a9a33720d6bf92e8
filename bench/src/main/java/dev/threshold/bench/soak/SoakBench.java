package dev.threshold.bench.soak;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Driver of bench/soak, which has started the server and the camera streams. Registers the cameras and their doors,
 * posts Kisi events at a steady rate, samples the server every minute (printing a line each time), then stops the
 * load, waits for the last windows' verdicts, stops the cameras, waits for their frames to drain, writes the CSV and
 * the plot, and prints PASS/FAIL per goal. Exit 0 when all passed, 1 when not. The number of events stored (201) is
 * written to {@code events-stored.txt} for the database check bench/soak makes after the server stopped.
 */
public final class SoakBench {

    private SoakBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        double minutes = Double.parseDouble(o.getOrDefault("minutes", "60"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "20"));
        double warmUp = Math.max(1, Math.min(5, Math.floor(minutes / 4)));
        Path out = Path.of(o.get("out"));
        ServerApi api = new ServerApi(
                URI.create(o.getOrDefault("base", "http://localhost:8080/")), o.get("password"), o.get("key"));
        ServerProbe probe = new ServerProbe(Long.parseLong(o.get("pid")), Path.of(o.get("wildfly")), api);

        SoakSite site = new SoakSite(api);
        String[] streams = o.get("streams").split(",");
        for (int i = 0; i < streams.length; i++) {
            String[] urlAndScene = streams[i].split("\\|");
            site.add(i, urlAndScene[0], Path.of(urlAndScene[1]));
        }
        List<String> locks = site.doors().stream().map(SoakSite.Door::lockId).toList();
        String actor = "Soak " + UUID.randomUUID().toString().substring(0, 8);
        Instant started = Instant.now();
        WindowTracker windows = new WindowTracker(api, locks, started.minusSeconds(1));
        EventLoad load = new EventLoad(api, actor, rate, locks);
        System.out.printf(
                "%d cameras, Kisi events at %.0f/s (actor '%s'), %.0f minutes, warm-up %.0f%n",
                streams.length, rate, actor, minutes, warmUp);

        List<Sample> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        samples.add(sample(0, probe, load, windows));
        load.start();
        for (int m = 1; m <= Math.ceil(minutes); m++) {
            double at = Math.min(m, minutes);
            long wait = t0 + (long) (at * 60e9) - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000);
            }
            samples.add(sample(at, probe, load, windows));
            writeCsv(samples, out); // as it goes: a run cut short keeps its figures
        }
        load.stop();
        Sample last = samples.get(samples.size() - 1);

        long expected = load.cameraUnlocksStored();
        long until = System.currentTimeMillis() + 120_000; // the last windows end 10 s after their unlock
        while (windows.judged() < expected && System.currentTimeMillis() < until) {
            Thread.sleep(5000);
            windows.poll();
        }
        site.disableCameras();
        until = System.currentTimeMillis() + 300_000; // on a loaded machine the analysis drains a few frames a second
        Sample drained;
        do {
            Thread.sleep(5000);
            drained = sample((System.nanoTime() - t0) / 60e9, probe, load, windows);
        } while ((drained.framesWaiting() > 0 || drained.framesQueue() > 0) && System.currentTimeMillis() < until);
        samples.add(drained);
        System.out.println("after the load, cameras stopped: " + drained.line());

        writeCsv(samples, out);
        SoakChart.write(
                samples,
                String.format("Soak: %d cameras, %.0f Kisi events/s, %.0f min", streams.length, rate, minutes),
                out.resolve("soak.png"));
        Files.writeString(out.resolve("events-stored.txt"), load.answered(201) + " " + actor + "\n");
        System.out.println("webhook answers: " + load.statuses() + ", failed requests: " + load.failures());

        List<Sample> loaded = samples.subList(0, samples.size() - 1); // without the one after the load
        List<Sample> afterWarmUp =
                loaded.stream().filter(s -> s.minute() >= warmUp).toList();
        if (afterWarmUp.isEmpty()) {
            afterWarmUp = List.of(last);
        }
        List<Sample> start = afterWarmUp.subList(0, Math.min(3, afterWarmUp.size()));
        List<Sample> end = afterWarmUp.subList(Math.max(start.size(), afterWarmUp.size() - 3), afterWarmUp.size());
        if (end.isEmpty()) { // a run too short for two sets of samples: the last one
            end = List.of(last);
        }
        System.out.printf(
                "goals, from the end of the warm-up (minutes %.0f–%.0f, median) to the end of the load"
                        + " (minutes %.0f–%.0f):%n",
                start.get(0).minute(),
                start.get(start.size() - 1).minute(),
                end.get(0).minute(),
                last.minute());
        boolean all = true;
        for (SoakGoals.Result r : new SoakGoals().check(start, end, drained, expected, windows.judged())) {
            System.out.println(r.line());
            all &= r.passed();
        }
        System.exit(all ? 0 : 1);
    }

    private static void writeCsv(List<Sample> samples, Path out) throws java.io.IOException {
        List<String> csv = new ArrayList<>(List.of(Sample.CSV_HEADER));
        samples.forEach(s -> csv.add(s.csv()));
        Files.write(out.resolve("soak.csv"), csv);
    }

    private static Sample sample(double minute, ServerProbe probe, EventLoad load, WindowTracker windows)
            throws Exception {
        List<Long> webhook = load.drainLatencies();
        List<Long> verdicts = windows.poll();
        double heap = probe.heapAfterGcMiB();
        long[] queues = probe.queueDepths();
        String metrics = probe.metrics();
        Sample s = new Sample(
                minute,
                probe.rssMiB(),
                heap,
                probe.threads(),
                probe.openFiles(),
                probe.metric(metrics, "threshold_camera_frames_waiting"),
                probe.metric(metrics, "threshold_camera_dropped_frames_total"),
                queues[0],
                queues[1],
                queues[2],
                probe.metric(metrics, "threshold_outbox_messages"),
                webhook.size(),
                Sample.p99(webhook, 1e-3),
                verdicts.size(),
                Sample.p99(verdicts, 1),
                ServerProbe.load1());
        System.out.println(s.line());
        return s;
    }
}
