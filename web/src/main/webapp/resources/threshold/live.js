/*
 * The console's live view: the camera's MJPEG stream in an <img>, and its doors' latest events beside it, polled from
 * the camera's timeline every 5 s. A stream that cannot start or that ends (the camera stopped, the server's live
 * streams all taken) is said in words, from the server's problem+json, with a button to look again; every 5 s the
 * page also asks whether there is still a live picture, since an ended stream just leaves its last frame standing.
 */
(function () {
    'use strict';

    var root = document.getElementById('live');
    if (!root) {
        return;
    }
    var base = root.dataset.base || ''; // Facelets leaves an empty attribute out: the root context
    var api = base + '/api/cameras/' + encodeURIComponent(root.dataset.camera);
    var picture = document.getElementById('live-picture');
    var status = document.getElementById('live-status');
    var again = document.getElementById('live-again');
    var events = document.getElementById('live-events');
    var EVENTS_SPAN_MS = 30 * 60 * 1000; // the longest span the timeline gives at once
    var SHOWN = 12;

    function say(text) {
        status.textContent = text || '';
        status.hidden = !text;
    }

    /** Why there is no picture, in the server's words (the single-frame route answers the same problem). */
    function explain() {
        fetch(api + '/live/frame', {credentials: 'same-origin', cache: 'no-store'}).then(function (response) {
            if (response.ok) {
                return 'The live stream ended. Look again to reconnect.';
            }
            return response.json().then(function (problem) {
                return problem.detail || problem.title;
            }, function () {
                return 'No live picture (HTTP ' + response.status + ').';
            });
        }).catch(function () {
            return 'The server cannot be reached.';
        }).then(function (why) {
            say(why);
            again.hidden = false;
        });
    }

    function connect() {
        again.hidden = true;
        say('Connecting…');
        picture.src = api + '/live?t=' + Date.now();
    }

    picture.addEventListener('load', function () {
        say('');
    });
    picture.addEventListener('error', explain);
    again.addEventListener('click', connect);

    function showEvents(timeline) {
        var latest = timeline.events.slice(-SHOWN).reverse();
        events.textContent = '';
        if (latest.length === 0) {
            var none = document.createElement('li');
            none.className = 'muted';
            none.textContent = 'None in the last 30 minutes.';
            events.appendChild(none);
            return;
        }
        latest.forEach(function (event) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = base + '/ui/viewer.xhtml?camera=' + encodeURIComponent(root.dataset.camera)
                + '&at=' + encodeURIComponent(event.at);
            link.textContent = new Date(event.at).toLocaleTimeString() + ' ' + event.caption;
            item.appendChild(link);
            events.appendChild(item);
        });
    }

    /** Whether there is still a live picture: a stream that ended shows its last frame, silently. */
    function checkPicture() {
        if (!again.hidden) {
            return; // already said why, waiting for "Look again"
        }
        fetch(api + '/live/frame', {method: 'HEAD', credentials: 'same-origin', cache: 'no-store'})
            .then(function (response) {
                if (!response.ok) {
                    explain();
                }
            })
            .catch(function () { /* the next poll tries again */ });
    }

    function pollEvents() {
        checkPicture();
        var to = new Date();
        var from = new Date(to.getTime() - EVENTS_SPAN_MS);
        fetch(api + '/timeline?from=' + encodeURIComponent(from.toISOString()) + '&to='
            + encodeURIComponent(to.toISOString()), {credentials: 'same-origin', cache: 'no-store'})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (timeline) {
                if (timeline) {
                    showEvents(timeline);
                }
            })
            .catch(function () { /* the next poll tries again */ })
            .then(function () {
                window.setTimeout(pollEvents, 5000);
            });
    }

    connect();
    pollEvents();
}());
