/*
 * The floor grid editor of the camera page: the camera's picture with its scene (threshold-scene/1) drawn over it in
 * perspective. Corners, door ends and the inside point are handles to drag (or to move with the arrow keys); the
 * tiles follow at once through the same homography the server uses (homography.js, as
 * dev.threshold.domain.scene.Homography: the direct linear transform on the four corners). The server stays the judge of a scene: every change is checked by
 * POST …/scene/check and its words are shown; Save is PUT …/scene. "Test this set-up" replays video with the edited,
 * unsaved scene (POST …/trials) and polls its progress.
 */
(function () {
    'use strict';
    var root = document.getElementById('grid-editor');
    if (!root) {
        return;
    }
    var api = root.getAttribute('data-api');
    var cameraName = root.getAttribute('data-camera-name') || 'camera';
    var SVG = 'http://www.w3.org/2000/svg';
    var svg = document.getElementById('grid-canvas');
    var picture = document.getElementById('grid-picture');
    var tiles = document.getElementById('grid-tiles');
    var message = document.getElementById('grid-message');
    var problem = document.getElementById('grid-problem');
    var CORNERS = ['far-left corner', 'far-right corner', 'near-right corner', 'near-left corner'];
    var scene = null;
    var mode = null;
    var doorClicks = [];
    var checkTimer = null;

    // ---- the scene ----
    function defaultScene(width, height) {
        var w = width, h = height;
        return {
            format: 'threshold-scene/1',
            camera: {name: cameraName, width: w, height: h},
            floor: {
                image: [[0.3 * w, 0.45 * h], [0.7 * w, 0.45 * h], [0.9 * w, 0.95 * h], [0.1 * w, 0.95 * h]].map(round),
                widthMeters: 4, depthMeters: 3, tiles: {cols: 8, rows: 6}
            },
            door: {line: [[0.35 * w, 0.45 * h], [0.65 * w, 0.45 * h]].map(round), inside: round([0.5 * w, 0.75 * h])}
        };
    }

    function round(p) {
        return [Math.round(p[0]), Math.round(p[1])];
    }

    /** Every handle: which point of the scene it moves, and what to call it. */
    function handles() {
        var list = scene.floor.image.map(function (p, i) {
            return {point: p, name: CORNERS[i], kind: 'corner'};
        });
        list.push({point: scene.door.line[0], name: 'door line, end 1', kind: 'door'});
        list.push({point: scene.door.line[1], name: 'door line, end 2', kind: 'door'});
        list.push({point: scene.door.inside, name: 'inside side of the door', kind: 'inside'});
        return list;
    }

    function el(name, attrs, parent) {
        var e = document.createElementNS(SVG, name);
        Object.keys(attrs).forEach(function (k) {
            e.setAttribute(k, attrs[k]);
        });
        parent.appendChild(e);
        return e;
    }

    function draw() {
        var w = scene.camera.width, h = scene.camera.height;
        svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
        picture.setAttribute('width', w);
        picture.setAttribute('height', h);
        while (tiles.firstChild) {
            tiles.removeChild(tiles.firstChild);
        }
        var f = scene.floor, cols = f.tiles.cols, rows = f.tiles.rows;
        var stroke = Math.max(1, w / 500);
        // homography.js: the same four-point homography as the server's (null for a degenerate floor)
        var toImage = ThresholdFloor.homography([[0, 0], [f.widthMeters, 0], [f.widthMeters, f.depthMeters],
            [0, f.depthMeters]], f.image);
        el('polygon', {points: f.image.map(function (p) { return p.join(','); }).join(' '), 'class': 'floor'}, tiles);
        if (toImage && cols >= 1 && rows >= 1 && cols <= 200 && rows <= 200) {
            var i, a, b;
            for (i = 0; i <= cols; i++) {
                a = toImage([f.widthMeters * i / cols, 0]);
                b = toImage([f.widthMeters * i / cols, f.depthMeters]);
                el('line', {x1: a[0], y1: a[1], x2: b[0], y2: b[1], 'class': 'tile-line', 'stroke-width': stroke}, tiles);
            }
            for (i = 0; i <= rows; i++) {
                a = toImage([0, f.depthMeters * i / rows]);
                b = toImage([f.widthMeters, f.depthMeters * i / rows]);
                el('line', {x1: a[0], y1: a[1], x2: b[0], y2: b[1], 'class': 'tile-line', 'stroke-width': stroke}, tiles);
            }
        }
        var d = scene.door.line;
        el('line', {x1: d[0][0], y1: d[0][1], x2: d[1][0], y2: d[1][1], 'class': 'door-line',
            'stroke-width': 3 * stroke}, tiles);
        var r = Math.max(5, w / 90);
        handles().forEach(function (hd, index) {
            var c = el('circle', {cx: hd.point[0], cy: hd.point[1], r: r, 'class': 'handle handle-' + hd.kind,
                tabindex: 0, role: 'button', 'data-handle': index,
                'aria-label': hd.name + ' at ' + Math.round(hd.point[0]) + ', ' + Math.round(hd.point[1])
                    + ': drag, or move with the arrow keys (Shift: 10 pixels)'}, tiles);
            el('title', {}, c).textContent = hd.name;
        });
        if (document.activeElement === document.body && focusedHandle !== null) {
            var again = tiles.querySelector('[data-handle="' + focusedHandle + '"]');
            if (again) {
                again.focus();
            }
        }
        var fields = {'grid-width': f.widthMeters, 'grid-depth': f.depthMeters, 'grid-cols': cols, 'grid-rows': rows};
        Object.keys(fields).forEach(function (id) {
            var input = document.getElementById(id);
            if (document.activeElement !== input) {
                input.value = fields[id];
            }
        });
        document.getElementById('scene-json').value = JSON.stringify(scene, null, 2);
    }

    // ---- dragging and keys ----
    var dragging = null;
    var focusedHandle = null;

    function svgPoint(event) {
        var p = svg.createSVGPoint();
        p.x = event.clientX;
        p.y = event.clientY;
        var m = svg.getScreenCTM().inverse();
        var q = p.matrixTransform(m);
        return [Math.round(Math.max(0, Math.min(scene.camera.width, q.x))),
            Math.round(Math.max(0, Math.min(scene.camera.height, q.y)))];
    }

    function move(index, to) {
        var p = handles()[index].point;
        p[0] = to[0];
        p[1] = to[1];
        changed();
    }

    svg.addEventListener('pointerdown', function (event) {
        var index = event.target.getAttribute && event.target.getAttribute('data-handle');
        if (index !== null && index !== undefined && mode === null) {
            dragging = Number(index);
            svg.setPointerCapture(event.pointerId);
            event.preventDefault();
        }
    });
    svg.addEventListener('pointermove', function (event) {
        if (dragging !== null) {
            move(dragging, svgPoint(event));
        }
    });
    function drop(event) {
        if (dragging !== null) {
            dragging = null;
            svg.releasePointerCapture(event.pointerId);
        }
    }
    svg.addEventListener('pointerup', drop);
    svg.addEventListener('pointercancel', drop);
    svg.addEventListener('click', function (event) {
        if (mode === 'door') {
            doorClicks.push(svgPoint(event));
            if (doorClicks.length === 2) {
                scene.door.line = doorClicks;
                doorClicks = [];
                setMode(null);
                say('info', 'Door line drawn. Now click the inside side, or drag its ends to adjust.');
                changed();
            } else {
                say('info', 'Click the other end of the door line.');
            }
        } else if (mode === 'inside') {
            scene.door.inside = svgPoint(event);
            setMode(null);
            say('info', 'Inside side set.');
            changed();
        }
    });
    svg.addEventListener('keydown', function (event) {
        var index = event.target.getAttribute('data-handle');
        var step = event.shiftKey ? 10 : 1;
        var delta = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]}[event.key];
        if (index === null || !delta) {
            return;
        }
        event.preventDefault();
        var p = handles()[Number(index)].point;
        focusedHandle = Number(index);
        move(focusedHandle, [Math.max(0, Math.min(scene.camera.width, p[0] + delta[0])),
            Math.max(0, Math.min(scene.camera.height, p[1] + delta[1]))]);
    });
    svg.addEventListener('focusin', function (event) {
        var index = event.target.getAttribute('data-handle');
        focusedHandle = index === null ? null : Number(index);
    });

    function setMode(m) {
        mode = m;
        doorClicks = [];
        svg.classList.toggle('picking', m !== null);
        document.getElementById('draw-door').setAttribute('aria-pressed', m === 'door');
        document.getElementById('pick-inside').setAttribute('aria-pressed', m === 'inside');
    }

    document.getElementById('draw-door').addEventListener('click', function () {
        setMode(mode === 'door' ? null : 'door');
        if (mode) {
            say('info', 'Click one end of the door line on the picture, then the other.');
        }
    });
    document.getElementById('pick-inside').addEventListener('click', function () {
        setMode(mode === 'inside' ? null : 'inside');
        if (mode) {
            say('info', 'Click a point of the floor on the inside side of the door.');
        }
    });

    ['grid-width', 'grid-depth', 'grid-cols', 'grid-rows'].forEach(function (id) {
        document.getElementById(id).addEventListener('input', function () {
            var f = scene.floor;
            var v = Number(this.value);
            if (this.value.trim() === '' || isNaN(v)) {
                return;
            }
            if (id === 'grid-width') { f.widthMeters = v; }
            if (id === 'grid-depth') { f.depthMeters = v; }
            if (id === 'grid-cols') { f.tiles.cols = v; }
            if (id === 'grid-rows') { f.tiles.rows = v; }
            changed();
        });
    });

    // ---- talking to the server ----
    function say(kind, text) {
        message.className = 'grid-message ' + kind;
        message.textContent = text;
    }

    function problemOf(response) {
        return response.text().then(function (body) {
            try {
                return JSON.parse(body).detail || body;
            } catch (e) {
                return 'The server answered ' + response.status + ' ' + response.statusText;
            }
        });
    }

    function send(method, path, body, type) {
        // X-Requested-With: a header only this server's own pages send (CrossSiteWriteFilter).
        var init = {method: method, credentials: 'same-origin', headers: {'X-Requested-With': 'threshold-console'}};
        if (body !== undefined) {
            init.body = body;
            if (type) {
                init.headers['Content-Type'] = type;
            }
        }
        return fetch(api + path, init);
    }

    function sceneText() {
        return JSON.stringify(scene, null, 2) + '\n';
    }

    /** Redraws at once; asks the server about the scene when the user pauses. */
    function changed() {
        draw();
        clearTimeout(checkTimer);
        checkTimer = setTimeout(check, 300);
    }

    function check() {
        send('POST', '/scene/check', sceneText(), 'application/json').then(function (response) {
            if (response.ok) {
                problem.textContent = '';
                problem.classList.remove('shown');
            } else {
                problemOf(response).then(function (text) {
                    problem.textContent = text;
                    problem.classList.add('shown');
                });
            }
        });
    }

    document.getElementById('save-grid').addEventListener('click', function () {
        send('PUT', '/scene', sceneText(), 'application/json').then(function (response) {
            if (response.ok) {
                say('ok', 'Saved: the camera counts with this grid from its next frame.');
            } else {
                problemOf(response).then(function (text) {
                    say('error', 'Not saved: ' + text);
                });
            }
        }, function () {
            say('error', 'Not saved: the server cannot be reached');
        });
    });

    document.getElementById('export-grid').addEventListener('click', function () {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([sceneText()], {type: 'application/json'}));
        link.download = cameraName.replace(/[^A-Za-z0-9._-]+/g, '-') + '.scene.json';
        document.body.appendChild(link);
        link.click();
        setTimeout(function () {
            URL.revokeObjectURL(link.href);
            link.remove();
        }, 1000);
        say('info', 'Exported as ' + link.download + ' (the grid as edited, saved or not).');
    });

    document.getElementById('import-grid').addEventListener('change', function () {
        var file = this.files[0];
        var input = this;
        if (!file) {
            return;
        }
        file.text().then(function (text) {
            return send('POST', '/scene/check', text, 'application/json').then(function (response) {
                if (response.ok) {
                    return response.json().then(function (checked) {
                        scene = checked;
                        changed();
                        say('ok', 'Imported ' + file.name + '. Not saved yet: Save grid keeps it.');
                    });
                }
                return problemOf(response).then(function (detail) {
                    say('error', 'Not imported: ' + file.name + ': ' + detail);
                });
            });
        }).finally(function () {
            input.value = '';
        });
    });

    // ---- "Test this set-up" ----
    var trialButton = document.getElementById('trial-start');
    var trialProgress = document.getElementById('trial-progress');
    var trialStatus = document.getElementById('trial-status');
    var trialResults = document.getElementById('trial-results');

    function trialSay(kind, text) {
        trialStatus.className = 'grid-message ' + kind;
        trialStatus.textContent = text;
    }

    trialButton.addEventListener('click', function () {
        var clip = document.getElementById('trial-clip').files[0];
        var request;
        if (clip) {
            var form = new FormData();
            form.append('scene', sceneText());
            form.append('clip', clip, clip.name);
            request = send('POST', '/trials', form);
        } else {
            var minutes = Number(document.getElementById('trial-minutes').value);
            request = send('POST', '/trials', JSON.stringify({scene: scene, minutes: minutes}), 'application/json');
        }
        trialButton.disabled = true;
        trialResults.innerHTML = '';
        trialProgress.value = 0;
        trialProgress.hidden = false;
        trialSay('info', clip ? 'Uploading ' + clip.name + '…' : 'Starting…');
        request.then(function (response) {
            if (!response.ok) {
                return problemOf(response).then(function (text) {
                    fail('Not started: ' + text);
                });
            }
            return response.json().then(poll);
        }, function () {
            fail('Not started: the server cannot be reached');
        });
    });

    function fail(text) {
        trialButton.disabled = false;
        trialProgress.hidden = true;
        trialSay('error', text);
    }

    /** A camera with no picture of its own gets the tested video's first frame to draw on. */
    function borrowPicture(trial) {
        if (trial.frame && picture.getAttribute('data-loaded') !== 'true') {
            picture.setAttribute('href', trial.frame.replace(/^\/api\/cameras\/[^/]+/, api));
            picture.setAttribute('data-loaded', 'true');
            var note = document.getElementById('grid-no-picture');
            note.textContent = 'The picture is the first frame of the ' + trial.source + ' (this camera has none of its own yet).';
        }
    }

    function poll(trial) {
        trialProgress.value = trial.progress;
        borrowPicture(trial);
        if (trial.state === 'running') {
            trialSay('info', 'Analysing the ' + trial.source + ' with ' + trial.detector + ': '
                + Math.round(trial.progress * 100) + ' % (' + trial.framesAnalysed + ' frames)');
            setTimeout(function () {
                send('GET', '/trials/' + trial.id).then(function (response) {
                    return response.ok ? response.json().then(poll)
                        : problemOf(response).then(function (text) { fail(text); });
                }, function () {
                    fail('The server cannot be reached');
                });
            }, 500);
            return;
        }
        trialButton.disabled = false;
        trialProgress.hidden = true;
        if (trial.state === 'failed') {
            trialSay('error', 'The test failed: ' + trial.error);
            return;
        }
        trialSay('ok', trial.crossings.length + (trial.crossings.length === 1 ? ' crossing' : ' crossings')
            + ' found in the ' + trial.source + ' (' + trial.framesAnalysed + ' frames, ' + trial.detector
            + '). Nothing was stored.');
        showCrossings(trial);
    }

    function showCrossings(trial) {
        var table = document.createElement('table');
        table.className = 'trial-table';
        table.innerHTML = '<thead><tr><th>When</th><th>Way</th><th>Confidence</th><th>Picture</th></tr></thead>';
        var body = document.createElement('tbody');
        trial.crossings.forEach(function (c) {
            var row = document.createElement('tr');
            row.className = 'trial-crossing';
            var time = c.offsetSeconds.toFixed(1) + ' s' + (c.at ? ' (' + new Date(c.at).toLocaleTimeString() + ')' : '');
            [time, c.direction === 'in' ? 'in' : 'out',
                Math.round(c.confidence * 100) + ' %' + (c.doubtful ? ' (doubtful)' : '')]
                .forEach(function (text) {
                    var cell = document.createElement('td');
                    cell.textContent = text;
                    row.appendChild(cell);
                });
            var pictureCell = document.createElement('td');
            if (c.picture) {
                var img = document.createElement('img');
                img.src = c.picture.replace(/^\/api\/cameras\/[^/]+/, api);
                img.alt = 'the frame of the crossing at ' + c.offsetSeconds.toFixed(1) + ' s';
                img.className = 'trial-picture';
                pictureCell.appendChild(img);
            }
            row.appendChild(pictureCell);
            body.appendChild(row);
        });
        table.appendChild(body);
        trialResults.appendChild(table);
    }

    // ---- start: the stored scene over the camera's picture ----
    function start(width, height) {
        var stored = document.getElementById('scene-json').value.trim();
        scene = stored ? JSON.parse(stored) : defaultScene(width, height);
        if (!stored) {
            say('info', 'No grid saved yet: drag the four corners onto the floor, then draw the door line.');
        }
        changed();
    }

    var probe = new Image();
    probe.onload = function () {
        picture.setAttribute('href', probe.src);
        picture.setAttribute('data-loaded', 'true');
        start(probe.naturalWidth, probe.naturalHeight);
    };
    probe.onerror = function () {
        document.getElementById('grid-no-picture').hidden = false;
        start(640, 480);
    };
    probe.src = api + '/picture?t=' + Date.now();

    window.thresholdGrid = {
        scene: function () {
            return scene;
        }
    };
}());
