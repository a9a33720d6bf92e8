/*
 * The camera wall: each tile fetches its camera's newest frame (/live/frame) about once a second and shows it with
 * its capture time. One request at a time per tile and no stream held: a browser keeps at most six connections to a
 * server, and a wall of MJPEG streams would take them all. A camera without a live picture says why, in the server's
 * words, and is asked again a few seconds later.
 */
(function () {
    'use strict';

    var wall = document.getElementById('wall');
    if (!wall) {
        return;
    }
    var base = wall.dataset.base || '';
    var REFRESH_MS = 1000;
    var RETRY_MS = 5000;

    function refresh(tile) {
        var picture = tile.querySelector('.wall-picture');
        var status = tile.querySelector('.wall-status');
        var url = base + '/api/cameras/' + encodeURIComponent(tile.dataset.camera) + '/live/frame';
        fetch(url, {credentials: 'same-origin', cache: 'no-store'}).then(function (response) {
            if (!response.ok) {
                return response.json().then(function (problem) {
                    throw new Error(problem.detail || problem.title);
                }, function () {
                    throw new Error('No live picture (HTTP ' + response.status + ').');
                });
            }
            var captured = response.headers.get('X-Captured-At');
            return response.blob().then(function (jpeg) {
                var old = picture.src;
                picture.src = URL.createObjectURL(jpeg);
                if (old && old.indexOf('blob:') === 0) {
                    URL.revokeObjectURL(old);
                }
                tile.classList.remove('wall-tile-dark');
                status.textContent = captured ? 'at ' + new Date(captured).toLocaleTimeString() : '';
                tile.dataset.capturedAt = captured || '';
                window.setTimeout(function () { refresh(tile); }, REFRESH_MS);
            });
        }).catch(function (problem) {
            tile.classList.add('wall-tile-dark');
            status.textContent = problem.message || 'The server cannot be reached.';
            window.setTimeout(function () { refresh(tile); }, RETRY_MS);
        });
    }

    Array.prototype.forEach.call(wall.querySelectorAll('.wall-tile'), refresh);
}());
