/* Live meeting screens. Opens the meeting's WebSocket and, on every pushed state, either asks the tablet page to
   refresh itself (data-refresh names a PrimeFaces remote command) or renders the state on the display. Reconnects
   after a dropped connection. */
(function () {
    var root = document.getElementById('live');
    if (!root) { return; }
    var label = function (name) { return root.getAttribute('data-' + name) || ''; };
    var text = function (id, value) { var e = document.getElementById(id); if (e) { e.textContent = value; } };

    function render(state) {
        text('live-title', state.title);
        text('live-status', label('status-' + state.status));
        text('live-quorum', (state.quorum.met ? label('quorum') : label('no-quorum')) + ' (' + state.quorum.counted
            + '/' + state.quorum.needed + ')');
        var closed = document.getElementById('live-closed');
        if (closed) {
            closed.hidden = !state.closedSession;
            closed.textContent = state.closedSession ? label('closed') + ' ' + state.closedSession : '';
        }
        text('live-item', state.currentItem || '–');
        var vote = state.openVote;
        text('live-motion', vote ? vote.motionText : (state.lastResult ? state.lastResult.motionText : '–'));
        var needed = function (v) {
            return label('needed').replace('{0}', v.needed).replace('{1}', v.eligible);
        };
        text('live-vote', vote ? vote.voted + ' ' + label('of') + ' ' + vote.eligible + ' ' + label('voted') + ' · '
            + needed(vote) + (vote.recorded ? ' · ' + label('recorded') : '') : '');
        var result = state.lastResult;
        var box = document.getElementById('live-result');
        if (box) {
            box.textContent = '';
            if (result && result.quorumLost) {
                var lapsed = document.createElement('p');
                lapsed.className = 'result-line';
                lapsed.textContent = label('quorum-lost');
                box.appendChild(lapsed);
            } else if (result) {
                var head = document.createElement('p');
                head.className = 'result-line';
                head.textContent = (result.carried ? label('carried') : label('lost')) + ': ' + result.yes + ' '
                    + label('for') + ', ' + (result.no + result.deemedNo) + ' ' + label('against') + ' (' + needed(result)
                    + ')';
                box.appendChild(head);
                [['for', result.yesNames], ['against', result.noNames], ['deemed', result.deemedNames]].forEach(function (pair) {
                    if (pair[1] && pair[1].length) {
                        var p = document.createElement('p');
                        p.textContent = label(pair[0]) + ': ' + pair[1].join(', ');
                        box.appendChild(p);
                    }
                });
            }
        }
    }

    function connect() {
        var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + root.getAttribute('data-socket');
        var socket = new WebSocket(url);
        socket.onmessage = function (message) {
            var refresh = root.getAttribute('data-refresh');
            if (refresh && window[refresh]) {
                window[refresh]();
            } else {
                render(JSON.parse(message.data).state);
            }
        };
        socket.onclose = function () { setTimeout(connect, 2000); };
    }
    connect();
})();
