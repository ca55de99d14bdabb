// spamlab dashboard: draws the charts and the pivot graph from the JSON data blocks the server rendered
// into the page, and wires the learn / release buttons to the API. No inline script anywhere: the pages'
// Content-Security-Policy allows only this server's own files.
(function () {
  'use strict';

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  var COLORS = { clean: '#2e8b57', spam: '#d9900f', phishing: '#c0392b', malware: '#7d3c98' };
  var PALETTE = ['#2856c9', '#d9900f', '#c0392b', '#7d3c98', '#2e8b57', '#17a2b8', '#8a6d3b', '#e83e8c', '#6c757d', '#20c997'];

  // Period labels (YYYY-MM-DD, YYYY-MM) → epoch seconds of their first day (UTC).
  function periodTime(label) {
    var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(label);
    return m ? Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1) / 1000 : NaN;
  }

  function series(points, keyOf) {
    var periods = Array.from(new Set(points.map(function (p) { return p.period; }))).sort();
    var keys = Array.from(new Set(points.map(keyOf))).sort();
    var index = new Map(periods.map(function (p, i) { return [p, i]; }));
    var values = keys.map(function () { return periods.map(function () { return 0; }); });
    points.forEach(function (p) { values[keys.indexOf(keyOf(p))][index.get(p.period)] += p.count; });
    return { periods: periods, keys: keys, values: values };
  }

  function surgeBands(surges) {
    return surges.map(function (s) { return [periodTime(s.start), periodTime(s.end)]; }).filter(function (b) { return !isNaN(b[0]); });
  }

  function chart(container, s, names, colors, bands) {
    if (!container || !window.uPlot || s.periods.length === 0) return;
    var width = Math.max(320, container.clientWidth - 16);
    var opts = {
      width: width,
      height: 260,
      series: [{}].concat(s.keys.map(function (k, i) {
        return { label: names[k] || k || '—', stroke: colors[k] || PALETTE[i % PALETTE.length], width: 2, points: { show: s.periods.length < 60 } };
      })),
      axes: [{}, {}],
      hooks: {
        drawClear: [function (u) {
          // Surges: a shaded band over their periods, under the lines.
          var ctx = u.ctx;
          ctx.save();
          ctx.fillStyle = 'rgba(192, 57, 43, 0.12)';
          bands.forEach(function (b) {
            var x0 = u.valToPos(b[0], 'x', true);
            var x1 = u.valToPos(b[1], 'x', true);
            ctx.fillRect(Math.min(x0, x1) - 3, u.bbox.top, Math.abs(x1 - x0) + 6, u.bbox.height);
          });
          ctx.restore();
        }],
      },
    };
    var plot = new window.uPlot(opts, [s.periods.map(periodTime)].concat(s.values), container);
    container.setAttribute('data-drawn', String(s.keys.length));
    container.setAttribute('data-surges', String(bands.length));
    return plot;
  }

  var trends = data('trends-data');
  if (trends) {
    var bands = surgeBands(trends.surges || []);
    chart(document.getElementById('chart-verdict'), series(trends.volume, function (p) { return p.verdict; }), trends.verdictNames || {}, COLORS, bands);
    chart(document.getElementById('chart-category'), series(trends.categories, function (p) { return p.category; }), {}, {}, bands);
  }

  var graph = data('graph-data');
  var graphEl = document.getElementById('graph');
  if (graph && graphEl && window.cytoscape) {
    var kinds = { domain: '#2856c9', phone: '#c0392b', email: '#d9900f', name: '#7d3c98', address: '#6c757d', nameserver: '#17a2b8', ip: '#20c997' };
    var cy = window.cytoscape({
      container: graphEl,
      elements: graph.nodes.map(function (n) { return { data: { id: n.id, label: n.label, kind: n.kind } }; }).concat(
        graph.edges.map(function (e, i) { return { data: { id: 'e' + i, source: e.source, target: e.target, label: e.kind, explanation: e.explanation } }; })),
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': function (n) { return kinds[n.data('kind')] || '#999'; }, color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#b9c0d0', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#667' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false },
    });
    cy.on('tap', 'edge', function (evt) { graphEl.title = evt.target.data('explanation'); });
    graphEl.setAttribute('data-drawn', String(cy.nodes().length));
  }

  // Learn as spam/ham and release: POST to the API with the session cookie (same origin).
  var status = document.getElementById('action-status');
  function report(ok, text) {
    if (!status) return;
    status.textContent = (ok ? status.getAttribute('data-ok') : status.getAttribute('data-failed')) + (text ? ' ' + text : '');
    status.setAttribute('data-result', ok ? 'ok' : 'failed');
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-action]') : null;
    if (!button) return;
    var action = button.getAttribute('data-action');
    var request;
    if (action === 'learn') {
      request = fetch('/api/learn?as=' + encodeURIComponent(button.getAttribute('data-as')) + '&hash=' + encodeURIComponent(button.getAttribute('data-hash')), { method: 'POST', credentials: 'same-origin' });
    } else if (action === 'release') {
      request = fetch('/api/outbound/release', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: button.getAttribute('data-kind'), id: button.getAttribute('data-id') }),
      });
    } else {
      return;
    }
    button.disabled = true;
    request
      .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
      .then(function (r) {
        if (!r.ok) { report(false, r.body && r.body.error ? r.body.error.message : ''); button.disabled = false; return; }
        report(true, action === 'learn' ? 'v' + r.body.version : '');
      })
      .catch(function (err) { report(false, String(err)); button.disabled = false; });
  });
})();
