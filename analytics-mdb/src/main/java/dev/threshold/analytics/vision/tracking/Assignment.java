package dev.threshold.analytics.vision.tracking;

import java.util.Arrays;

/**
 * Minimum-cost one-to-one assignment of rows (tracks) to columns (observations), the Hungarian method in O(n³) for the
 * handful of people at a door. Pairs whose cost is infinite are never assigned. Greedy nearest-first pairing, which it
 * replaces, hands a track the closest box even when that leaves its neighbour only the wrong one — two people whose
 * paths cross swapped identities that way.
 */
final class Assignment {

    private Assignment() {}

    /** @return per row, the column assigned to it, or -1 */
    static int[] solve(double[][] cost, int columns) {
        int rows = cost.length;
        int n = Math.max(rows, columns);
        if (n == 0) {
            return new int[0];
        }
        // Square matrix; infinite costs become a large finite one so the method runs, and are dropped afterwards.
        double big = 1;
        for (double[] row : cost) {
            for (double c : row) {
                if (Double.isFinite(c)) {
                    big += Math.abs(c);
                }
            }
        }
        double unassigned = big;
        double[][] a = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                double c = i <= rows && j <= columns ? cost[i - 1][j - 1] : unassigned;
                a[i][j] = Double.isFinite(c) ? c : big * 2;
            }
        }
        double[] u = new double[n + 1], v = new double[n + 1];
        int[] p = new int[n + 1], way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = a[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] assigned = new int[rows];
        Arrays.fill(assigned, -1);
        for (int j = 1; j <= columns; j++) {
            int i = p[j];
            if (i >= 1 && i <= rows && Double.isFinite(cost[i - 1][j - 1])) {
                assigned[i - 1] = j - 1;
            }
        }
        return assigned;
    }
}
