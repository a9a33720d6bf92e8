/*
 * The free viewer: from the moment the viewer shows, move to any recorded moment of the camera (a slider over its
 * recording, 30 s steps), to the door event before or after it or any event of the day's strip, and download a clip
 * of a chosen span as MP4. Moving
 * opens the viewer at the new moment; the server bounds a clip's span and says in words what is wrong with one.
 */
(function () {
    'use strict';

    var root = document.getElementById('viewer');
    var navigation = document.getElementById('viewer-navigation');
    if (!root || !navigation) {
        return;
    }
    var base = root.dataset.base || '';
    var cameraId = root.dataset.camera;
    var moment = Date.parse(root.dataset.at);
    var api = base + '/api/cameras/' + encodeURIComponent(cameraId);
    var status = document.getElementById('navigation-status');
    var scrub = document.getElementById('scrub');
    var STEP_MS = 30 * 1000;

    function say(text) {
        status.textContent = text || '';
    }

    function time(ms) {
        return new Date(ms).toLocaleString();
    }

    function go(at) {
        window.location.href = base + '/ui/viewer.xhtml?camera=' + encodeURIComponent(cameraId) + '&at='
            + encodeURIComponent(new Date(at).toISOString());
    }

    /** The server's problem+json in words, or the status when there is none. */
    function problemOf(response) {
        return response.json().then(function (problem) {
            return problem.detail || problem.title;
        }, function () {
            return 'HTTP ' + response.status;
        });
    }

    function get(path) {
        return fetch(api + path, {credentials: 'same-origin', cache: 'no-store'});
    }

    function jumpToEvent(path) {
        say('Looking for the event…');
        get(path).then(function (response) {
            if (response.ok) {
                return response.json().then(function (event) {
                    go(Date.parse(event.at));
                });
            }
            return problemOf(response).then(say);
        }).catch(function () {
            say('The server cannot be reached.');
        });
    }

    document.getElementById('previous-event').addEventListener('click', function () {
        jumpToEvent('/recorded/events/previous?before=' + encodeURIComponent(new Date(moment).toISOString()));
    });
    document.getElementById('next-event').addEventListener('click', function () {
        jumpToEvent('/recorded/events/next?after=' + encodeURIComponent(new Date(moment).toISOString()));
    });
    document.getElementById('earlier').addEventListener('click', function () {
        go(moment - STEP_MS);
    });
    document.getElementById('later').addEventListener('click', function () {
        go(moment + STEP_MS);
    });

    // The slider spans the whole recording; gaps in it are named below it.
    get('/recorded').then(function (response) {
        return response.ok ? response.json() : null;
    }).then(function (recorded) {
        if (!recorded || recorded.spans.length === 0) {
            scrub.disabled = true;
            document.getElementById('scrub-at').textContent = 'Nothing of this camera is recorded.';
            return;
        }
        // Whole seconds: the slider's steps count from its minimum, and moments are named to the second.
        var from = Math.floor(Date.parse(recorded.spans[0].from) / 1000) * 1000;
        var to = Date.parse(recorded.spans[recorded.spans.length - 1].to);
        scrub.min = String(from);
        scrub.max = String(to);
        scrub.value = String(Math.min(Math.max(moment, from), to));
        document.getElementById('scrub-from').textContent = time(from);
        document.getElementById('scrub-to').textContent = time(to);
        var gaps = recorded.spans.length - 1;
        document.getElementById('scrub-at').textContent = time(moment)
            + (gaps > 0 ? ' · ' + gaps + ' gap' + (gaps > 1 ? 's' : '') + ' in the recording' : '');
    }).catch(function () { /* the slider stays as it is; the buttons still work */ });
    scrub.addEventListener('input', function () {
        document.getElementById('scrub-at').textContent = time(Number(scrub.value));
    });
    scrub.addEventListener('change', function () {
        go(Number(scrub.value));
    });

    // The day (in the viewer's own time zone) of the moment shown, its door events as ticks on a strip: a tick's
    // title is the event's caption, a click opens the viewer at it. Incidents' events stand out.
    var strip = document.getElementById('event-strip');
    var dayStart = new Date(moment);
    dayStart.setHours(0, 0, 0, 0);
    var dayEnd = new Date(dayStart);
    dayEnd.setDate(dayEnd.getDate() + 1);
    var dayMs = dayEnd.getTime() - dayStart.getTime();
    function placeOnStrip(element, at) {
        element.style.left = (100 * (at - dayStart.getTime()) / dayMs) + '%';
        strip.appendChild(element);
    }
    document.getElementById('strip-from').textContent = dayStart.toLocaleString();
    document.getElementById('strip-to').textContent = dayEnd.toLocaleString();
    get('/recorded/events?from=' + encodeURIComponent(dayStart.toISOString()) + '&to='
        + encodeURIComponent(dayEnd.toISOString())).then(function (response) {
        if (!response.ok) {
            return problemOf(response).then(function (why) {
                document.getElementById('strip-count').textContent = 'No events: ' + why;
            });
        }
        return response.json().then(function (day) {
            day.events.forEach(function (event) {
                var tick = document.createElement('button');
                tick.type = 'button';
                tick.className = 'strip-event' + (event.incidentId ? ' strip-incident' : '');
                tick.title = time(Date.parse(event.at)) + ' · ' + event.caption;
                tick.setAttribute('aria-label', tick.title);
                tick.dataset.at = event.at;
                tick.addEventListener('click', function () {
                    go(Date.parse(event.at));
                });
                placeOnStrip(tick, Date.parse(event.at));
            });
            var now = document.createElement('div');
            now.className = 'strip-now';
            placeOnStrip(now, moment);
            document.getElementById('strip-count').textContent = day.events.length + ' door event'
                + (day.events.length === 1 ? '' : 's') + ' this day';
        });
    }).catch(function () { /* the strip stays empty; the buttons still work */ });

    // A clip of the chosen span, saved by the browser; what is wrong with the span is the server's to say.
    document.getElementById('clip-download').addEventListener('submit', function (e) {
        e.preventDefault();
        var from = document.getElementById('clip-from').value.trim();
        var to = document.getElementById('clip-to').value.trim();
        say('Cutting the clip…');
        get('/clip?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to)).then(function (response) {
            if (!response.ok) {
                return problemOf(response).then(function (why) {
                    say('No clip: ' + why);
                });
            }
            return response.blob().then(function (mp4) {
                var link = document.createElement('a');
                link.href = URL.createObjectURL(mp4);
                link.download = 'clip-' + from.replace(/:/g, '-') + '.mp4';
                document.body.appendChild(link);
                link.click();
                link.remove();
                window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
                say('Clip downloaded (' + Math.round(mp4.size / 1024) + ' KB).');
            });
        }).catch(function () {
            say('The server cannot be reached.');
        });
    });
}());
