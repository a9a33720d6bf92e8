package dev.threshold.bench.search;

import java.util.Arrays;

/** Latencies of one kind of query, in milliseconds; percentiles by nearest rank. */
final class Latencies {

    private double[] millis = new double[16];
    private int count;
    private long hits;

    void add(double ms, int hitCount) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = ms;
        hits += hitCount;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.millis[i], 0);
        }
        hits += other.hits;
    }

    int count() {
        return count;
    }

    double averageHits() {
        return count == 0 ? 0 : (double) hits / count;
    }

    double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
