/*
 * The floor's perspective in the browser, shared by the grid editor and the viewer: the 3×3 homography (h33 = 1)
 * taking four points to four points, solved as the server's dev.threshold.domain.scene.Homography solves it (the
 * 8×8 linear system of the direct linear transform, Gaussian elimination with partial pivoting), so tiles drawn in
 * the browser lie where GridOverlay draws them on snapshots.
 */
var ThresholdFloor = (function () {
    'use strict';

    /**
     * @param from four [x, y] points, no three on one line
     * @param to   their images
     * @return a function mapping [x, y] to [x, y]; null when the points are degenerate (three on one line)
     */
    function homography(from, to) {
        var a = [], i, r, c;
        for (i = 0; i < 4; i++) {
            var x = from[i][0], y = from[i][1], u = to[i][0], v = to[i][1];
            a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
            a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
        }
        for (c = 0; c < 8; c++) {
            var pivot = c;
            for (r = c + 1; r < 8; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][c]) < 1e-12) {
                return null;
            }
            var swap = a[c]; a[c] = a[pivot]; a[pivot] = swap;
            for (r = 0; r < 8; r++) {
                if (r !== c) {
                    var f = a[r][c] / a[c][c];
                    for (var k = c; k <= 8; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        var h = [];
        for (i = 0; i < 8; i++) {
            h.push(a[i][8] / a[i][i]);
        }
        h.push(1);
        return function (p) {
            var w = h[6] * p[0] + h[7] * p[1] + h[8];
            return [(h[0] * p[0] + h[1] * p[1] + h[2]) / w, (h[3] * p[0] + h[4] * p[1] + h[5]) / w];
        };
    }

    return {homography: homography};
}());
