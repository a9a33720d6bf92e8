package dev.threshold.domain.scene;

import java.util.Arrays;

/**
 * A plane-to-plane projective mapping (3×3, h33 = 1). Four point pairs fix it; that is all a user draws, so the
 * direct linear transform on exactly four points (an 8×8 system) is enough, with no least squares.
 */
public final class Homography {

    private final double[] h;

    private Homography(double[] h) {
        this.h = h;
    }

    /**
     * @param from four points, no three collinear
     * @param to   their images
     * @throws IllegalArgumentException when the points are degenerate (three collinear, or repeated)
     */
    public static Homography fromFourPoints(double[][] from, double[][] to) {
        if (from.length != 4 || to.length != 4) {
            throw new IllegalArgumentException("a homography needs exactly four point pairs");
        }
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0], y = from[i][1], u = to[i][0], v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        double[] solution = solve(a);
        double[] h = Arrays.copyOf(solution, 9);
        h[8] = 1;
        return new Homography(h);
    }

    /** Gaussian elimination with partial pivoting on an n×(n+1) augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        double scale = 0;
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(row[j]));
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) <= 1e-12 * Math.max(scale, 1)) {
                throw new IllegalArgumentException("the four points are degenerate (three of them on one line)");
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }

    /** @return {u, v, w}: w ≤ 0 means the point lies on or beyond the horizon of the mapping */
    public double[] mapHomogeneous(double x, double y) {
        return new double[] {h[0] * x + h[1] * y + h[2], h[3] * x + h[4] * y + h[5], h[6] * x + h[7] * y + h[8]};
    }

    public double[] map(double x, double y) {
        double[] p = mapHomogeneous(x, y);
        return new double[] {p[0] / p[2], p[1] / p[2]};
    }

    public Homography inverse() {
        double a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7], i = h[8];
        double[] inv = {
            e * i - f * k, c * k - b * i, b * f - c * e,
            f * g - d * i, a * i - c * g, c * d - a * f,
            d * k - e * g, b * g - a * k, a * e - b * d
        };
        double det = a * inv[0] + b * inv[3] + c * inv[6];
        if (Math.abs(det) < 1e-15) {
            throw new IllegalArgumentException("the homography is singular");
        }
        double norm = inv[8];
        for (int j = 0; j < 9; j++) {
            inv[j] /= norm;
        }
        return new Homography(inv);
    }
}
