package dev.threshold.bench.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soak's goals, checked on the samples: from the end of the warm-up to the end of the load, resident memory and
 * heap after GC grow less than 10 %, threads and open files stay within ±5 % (at least ±3, so that one pooled
 * thread more or less on a small count is no failure). Each end is the median of three minutes' samples (the first
 * three after the warm-up, the last three of the load): the heap after a full GC still holds the frames and requests
 * in flight at that moment, ±20 % from one minute to the next under load, which one sample would take for growth.
 * At the end nothing waits in the frames queue or at the cameras;
 * every window of the camera doors is judged. (Every event stored once is checked on the database by bench/soak
 * after the server has stopped.)
 */
final class SoakGoals {

    record Result(String goal, boolean passed, String detail) {
        String line() {
            return (passed ? "PASS " : "FAIL ") + goal + ": " + detail;
        }
    }

    private final List<Result> results = new ArrayList<>();

    /** {@code start}: the samples from the end of the warm-up on; {@code end}: the last samples of the load. */
    List<Result> check(List<Sample> start, List<Sample> end, Sample drained, long windowsExpected, int windowsJudged) {
        growth("RSS grows < 10 %", median(start, Sample::rssMiB), median(end, Sample::rssMiB), 0.10);
        // The heap's floor: a full GC still finds the frames and requests in flight (149–238 MiB minute to minute in
        // the 20-minute run, with no trend); what is retained is what no minute gets below.
        growth("heap after GC (lowest of three minutes) grows < 10 %", floor(start), floor(end), 0.10);
        flat(
                "threads flat (±5 %, at least ±3)",
                (int) median(start, Sample::threads), (int) median(end, Sample::threads));
        flat(
                "open files flat (±5 %, at least ±3)",
                (int) median(start, Sample::openFiles), (int) median(end, Sample::openFiles));
        Sample last = end.get(end.size() - 1);
        boolean none = drained.framesWaiting() == 0 && drained.framesQueue() == 0;
        results.add(new Result(
                "no frames waiting at the end",
                none,
                String.format(
                        Locale.ROOT,
                        "%d at the cameras, %d on the JMS queue 'frames' after the cameras were stopped (during the load: "
                                + "%d and %d at the last sample)",
                        drained.framesWaiting(),
                        drained.framesQueue(),
                        last.framesWaiting(),
                        last.framesQueue())));
        results.add(new Result(
                "every window judged",
                windowsJudged == windowsExpected,
                windowsJudged + " windows with a grant judged, of " + windowsExpected
                        + " unlocks on camera doors (one window each)"));
        return results;
    }

    /** The median of the (up to) three samples' figures, leaving out those not measured (-1). */
    private static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> figure) {
        double[] v = samples.stream()
                .mapToDouble(figure)
                .filter(x -> x >= 0)
                .sorted()
                .toArray();
        return v.length == 0 ? -1 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double floor(List<Sample> samples) {
        return samples.stream()
                .mapToDouble(Sample::heapAfterGcMiB)
                .filter(x -> x >= 0)
                .min()
                .orElse(-1);
    }

    private void growth(String goal, double from, double to, double limit) {
        double g = (to - from) / from;
        results.add(new Result(
                goal, g < limit, String.format(Locale.ROOT, "%.0f → %.0f MiB (%+.1f %%)", from, to, 100 * g)));
    }

    private void flat(String goal, int from, int to) {
        double tolerance = Math.max(3, 0.05 * from);
        results.add(new Result(
                goal,
                Math.abs(to - from) <= tolerance,
                String.format(Locale.ROOT, "%d → %d (%+d, tolerance ±%.0f)", from, to, to - from, tolerance)));
    }
}
