/*
 * The console's viewer: a camera's recording around a moment, pan and zoom, the floor grid in perspective with the
 * tiles red while a tailgater stands on them, door events as timeline markers and as captions.
 *
 * Times: the clip starts at the key frame before the span asked for, so the server says where it starts
 * (X-Clip-Start); a moment t is at video time (t - clipStart). The grid uses the same homography as the server's
 * overlay (GridOverlay): four floor corners in metres to four image points, solved exactly.
 */
(function () {
    'use strict';

    var root = document.getElementById('viewer');
    if (!root) {
        return;
    }
    var SVG = 'http://www.w3.org/2000/svg';
    var base = root.dataset.base || ''; // Facelets leaves an empty attribute out: the root context
    var cameraId = root.dataset.camera;
    var spanFrom = Date.parse(root.dataset.from);
    var spanTo = Date.parse(root.dataset.to);
    var moment = Date.parse(root.dataset.at);
    var stage = document.getElementById('stage');
    var frame = document.getElementById('frame');
    var video = document.getElementById('video');
    var grid = document.getElementById('grid');
    var status = document.getElementById('viewer-status');
    var timeline = document.getElementById('timeline');
    var playhead = document.getElementById('playhead');
    var clock = document.getElementById('clock');
    var playButton = document.getElementById('play');
    var span = 'from=' + encodeURIComponent(root.dataset.from) + '&to=' + encodeURIComponent(root.dataset.to);
    var api = base + '/api/cameras/' + encodeURIComponent(cameraId);

    var clipStart = null;   // epoch ms of video time 0
    var clipEnd = null;
    var data = null;        // the timeline JSON
    var tiles = [];         // SVG polygons by tile index

    function say(text) {
        status.textContent = text || '';
        status.hidden = !text;
    }

    /** A problem+json answer's words, else the status line. */
    function problemOf(response) {
        return response.text().then(function (body) {
            try {
                var p = JSON.parse(body);
                return p.detail || p.title || response.statusText;
            } catch (e) {
                return response.status + ' ' + response.statusText;
            }
        });
    }

    // ---- time ----

    function now() {
        return clipStart === null ? moment : clipStart + video.currentTime * 1000;
    }

    function seekTo(t) {
        if (clipStart === null) {
            return;
        }
        var seconds = (t - clipStart) / 1000;
        video.currentTime = Math.max(0, Math.min(seconds, (video.duration || seconds) - 0.05));
        render();
    }

    function pad(n, width) {
        var s = String(n);
        while (s.length < width) {
            s = '0' + s;
        }
        return s;
    }

    function timeOfDay(t) {
        var d = new Date(t);
        return pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2) + '.'
            + pad(d.getMilliseconds(), 3).substring(0, 1);
    }

    function share(t) {
        return Math.max(0, Math.min(1, (t - spanFrom) / (spanTo - spanFrom))) * 100 + '%';
    }

    // ---- floor grid ----

    var homography = ThresholdFloor.homography; // homography.js

    function element(name, attributes) {
        var e = document.createElementNS(SVG, name);
        Object.keys(attributes).forEach(function (k) {
            e.setAttribute(k, attributes[k]);
        });
        grid.appendChild(e);
        return e;
    }

    function points(list) {
        return list.map(function (p) {
            return p[0].toFixed(1) + ',' + p[1].toFixed(1);
        }).join(' ');
    }

    /** Draws the scene's grid for the video's frame size (the scene scales, as Scene.scaledTo). */
    function drawGrid(scene, width, height) {
        var sx = width / scene.width, sy = height / scene.height;
        var image = scene.floor.map(function (p) { return [p[0] * sx, p[1] * sy]; });
        var W = scene.widthMeters, D = scene.depthMeters;
        var toImage = homography([[0, 0], [W, 0], [W, D], [0, D]], image);
        grid.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
        grid.setAttribute('preserveAspectRatio', 'xMidYMid meet');
        grid.textContent = '';
        var w = W / scene.cols, d = D / scene.rows;
        tiles = [];
        for (var row = 0; row < scene.rows; row++) {
            for (var col = 0; col < scene.cols; col++) {
                var x = col * w, y = row * d;
                tiles.push(element('polygon', {
                    'class': 'tile', 'data-tile': row * scene.cols + col,
                    points: points([toImage([x, y]), toImage([x + w, y]), toImage([x + w, y + d]), toImage([x, y + d])])
                }));
            }
        }
        var stroke = Math.max(1, width / 640);
        for (col = 0; col <= scene.cols; col++) {
            line(toImage([col * w, 0]), toImage([col * w, D]), 'grid-line', stroke);
        }
        for (row = 0; row <= scene.rows; row++) {
            line(toImage([0, row * d]), toImage([W, row * d]), 'grid-line', stroke);
        }
        var door = scene.door.map(function (p) { return [p[0] * sx, p[1] * sy]; });
        line(door[0], door[1], 'door-line', stroke * 3);
    }

    function line(a, b, cls, width) {
        element('line', {'class': cls, x1: a[0], y1: a[1], x2: b[0], y2: b[1], 'stroke-width': width});
    }

    /** The occupancy row in force at t: the last that began at or before it. */
    function occupancyAt(t) {
        var found = null;
        var rows = data ? data.occupancy : [];
        for (var i = 0; i < rows.length && Date.parse(rows[i].at) <= t; i++) {
            found = rows[i];
        }
        return found;
    }

    function paintTiles(t) {
        if (!tiles.length) {
            return;
        }
        var row = occupancyAt(t);
        var occupied = {}, red = {};
        if (row) {
            row.tiles.forEach(function (i) { occupied[i] = true; });
            row.tailgater.forEach(function (i) { red[i] = true; });
        }
        tiles.forEach(function (tile, i) {
            tile.classList.toggle('occupied', !!occupied[i] && !red[i]);
            tile.classList.toggle('tailgater', !!red[i]);
        });
    }

    // ---- timeline and events ----

    function drawEvents(events) {
        var list = document.getElementById('events');
        if (!events.length) {
            var none = document.createElement('li');
            none.className = 'muted';
            none.textContent = 'No door events in this span.';
            list.appendChild(none);
        }
        events.forEach(function (event) {
            var t = Date.parse(event.at);
            var marker = document.createElement('button');
            marker.type = 'button';
            marker.className = 'timeline-marker' + (event.incidentId ? ' marker-incident' : '');
            marker.style.left = share(t);
            marker.title = timeOfDay(t) + ' ' + event.caption;
            marker.setAttribute('aria-label', marker.title);
            marker.dataset.at = event.at;
            marker.addEventListener('click', function (e) {
                e.stopPropagation();
                seekTo(t);
            });
            timeline.appendChild(marker);

            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = '#';
            link.textContent = timeOfDay(t) + ' — ' + event.caption;
            link.addEventListener('click', function (e) {
                e.preventDefault();
                seekTo(t);
            });
            item.appendChild(link);
            if (event.incidentId) {
                var incident = document.createElement('a');
                incident.href = base + '/ui/incident.xhtml?id=' + encodeURIComponent(event.incidentId);
                incident.textContent = 'incident';
                incident.className = 'label label-alert';
                item.appendChild(document.createTextNode(' '));
                item.appendChild(incident);
            }
            list.appendChild(item);
        });
    }

    function render() {
        var t = now();
        playhead.style.left = share(t);
        clock.textContent = timeOfDay(t);
        playButton.textContent = video.paused ? '▶' : '❚❚';
        paintTiles(t);
    }

    function loop() {
        render();
        if (!video.paused) {
            window.requestAnimationFrame(loop);
        }
    }

    timeline.addEventListener('click', function (e) {
        var box = timeline.getBoundingClientRect();
        seekTo(spanFrom + (e.clientX - box.left) / box.width * (spanTo - spanFrom));
    });
    video.addEventListener('play', loop);
    ['pause', 'seeked', 'timeupdate'].forEach(function (type) {
        video.addEventListener(type, render);
    });

    function togglePlay() {
        if (clipStart === null) {
            return;
        }
        if (video.paused) {
            video.play();
        } else {
            video.pause();
        }
    }

    playButton.addEventListener('click', togglePlay);

    // ---- pan and zoom ----

    var view = {scale: 1, x: 0, y: 0};

    function applyView() {
        // Never show beyond the picture's edges.
        var w = stage.clientWidth, h = stage.clientHeight;
        view.x = Math.min(0, Math.max(w - w * view.scale, view.x));
        view.y = Math.min(0, Math.max(h - h * view.scale, view.y));
        frame.style.transform = 'translate(' + view.x + 'px, ' + view.y + 'px) scale(' + view.scale + ')';
        document.getElementById('zoom-level').textContent = Math.round(view.scale * 100) + ' %';
        stage.classList.toggle('zoomed', view.scale > 1);
    }

    /** Zooms by factor keeping the stage point (cx, cy) where it is. */
    function zoom(factor, cx, cy) {
        var scale = Math.max(1, Math.min(8, view.scale * factor));
        if (cx === undefined) {
            cx = stage.clientWidth / 2;
            cy = stage.clientHeight / 2;
        }
        view.x = cx - (cx - view.x) * scale / view.scale;
        view.y = cy - (cy - view.y) * scale / view.scale;
        view.scale = scale;
        applyView();
    }

    function pan(dx, dy) {
        view.x += dx;
        view.y += dy;
        applyView();
    }

    function reset() {
        view = {scale: 1, x: 0, y: 0};
        applyView();
    }

    stage.addEventListener('wheel', function (e) {
        e.preventDefault();
        var box = stage.getBoundingClientRect();
        zoom(e.deltaY < 0 ? 1.25 : 0.8, e.clientX - box.left, e.clientY - box.top);
    }, {passive: false});

    var drag = null;
    stage.addEventListener('pointerdown', function (e) {
        drag = {x: e.clientX, y: e.clientY};
        stage.setPointerCapture(e.pointerId);
        stage.classList.add('dragging');
    });
    stage.addEventListener('pointermove', function (e) {
        if (drag) {
            pan(e.clientX - drag.x, e.clientY - drag.y);
            drag = {x: e.clientX, y: e.clientY};
        }
    });
    ['pointerup', 'pointercancel'].forEach(function (type) {
        stage.addEventListener(type, function () {
            drag = null;
            stage.classList.remove('dragging');
        });
    });
    stage.addEventListener('dblclick', reset);
    document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.25); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoom(0.8); });
    document.getElementById('zoom-reset').addEventListener('click', reset);
    window.addEventListener('resize', applyView);

    document.addEventListener('keydown', function (e) {
        var target = e.target.tagName;
        if (target === 'INPUT' || target === 'TEXTAREA' || target === 'SELECT' || e.ctrlKey || e.metaKey || e.altKey) {
            return;
        }
        if ((target === 'BUTTON' || target === 'A') && (e.key === ' ' || e.key === 'Enter')) {
            return; // the focused button or link does its own job
        }
        var step = 40;
        var handled = true;
        if (e.key === ' ' || e.key === 'k') {
            togglePlay();
        } else if (e.key === '+' || e.key === '=') {
            zoom(1.25);
        } else if (e.key === '-' || e.key === '−' || e.key === '_') {
            zoom(0.8);
        } else if (e.key === '0') {
            reset();
        } else if (e.key === 'ArrowUp') {
            pan(0, step);
        } else if (e.key === 'ArrowDown') {
            pan(0, -step);
        } else if (e.key === 'ArrowLeft') {
            if (e.shiftKey) { pan(step, 0); } else { seekTo(now() - 2000); }
        } else if (e.key === 'ArrowRight') {
            if (e.shiftKey) { pan(-step, 0); } else { seekTo(now() + 2000); }
        } else {
            handled = false;
        }
        if (handled) {
            e.preventDefault();
        }
    });

    // ---- loading ----

    function showGrid() {
        if (data && data.scene && video.videoWidth) {
            drawGrid(data.scene, video.videoWidth, video.videoHeight);
            render();
        }
    }

    video.addEventListener('loadedmetadata', function () {
        frame.style.aspectRatio = video.videoWidth + ' / ' + video.videoHeight;
        showGrid();
        seekTo(Math.max(clipStart, moment - 3000));
        var playing = video.play();
        if (playing && playing.catch) {
            playing.catch(function () { render(); }); // autoplay refused: the play button still works
        }
    });
    video.addEventListener('error', function () {
        say('This browser cannot play the recording (H.264 MP4).');
    });

    var timelineLoaded = fetch(api + '/timeline?' + span, {credentials: 'same-origin'}).then(function (response) {
        if (!response.ok) {
            return problemOf(response).then(function (words) { throw new Error(words); });
        }
        return response.json();
    }).then(function (json) {
        data = json;
        drawEvents(json.events);
        if (!json.scene) {
            root.classList.add('no-scene');
        }
        showGrid();
        return json;
    });

    fetch(api + '/clip?' + span, {credentials: 'same-origin'}).then(function (response) {
        if (!response.ok) {
            return problemOf(response).then(function (words) {
                throw new Error(response.status === 404
                    ? 'No recording to play: ' + words
                    : 'The recording could not be loaded: ' + words);
            });
        }
        clipStart = Date.parse(response.headers.get('X-Clip-Start'));
        clipEnd = Date.parse(response.headers.get('X-Clip-End'));
        return response.blob();
    }).then(function (blob) {
        var recorded = document.getElementById('recorded');
        recorded.style.left = share(clipStart);
        recorded.style.width = 'calc(' + share(clipEnd) + ' - ' + share(clipStart) + ')';
        video.src = URL.createObjectURL(blob);
        var track = document.createElement('track');
        track.kind = 'captions';
        track.label = 'Door events';
        track.srclang = 'en';
        track.default = true;
        track.src = api + '/captions?' + span + '&origin=' + encodeURIComponent(new Date(clipStart).toISOString());
        video.appendChild(track);
        track.track.mode = 'showing';
        say('');
    }).catch(function (error) {
        root.classList.add('no-recording');
        say(error.message);
    });

    timelineLoaded.catch(function (error) {
        var words = 'The door events could not be loaded: ' + error.message;
        // The recording's own problem, if any, was said first and matters more.
        say(root.classList.contains('no-recording') ? status.textContent + ' ' + words : words);
    });

    applyView();
    stage.focus({preventScroll: true});
}());
