import type { ReportData } from './data.js';

const TEXT = {
  en: {
    title: 'spamlab report', span: 'Span', period: { day: 'day', week: 'ISO week', month: 'month' }, messages: 'messages',
    byVerdict: 'Volume by verdict', byCategory: 'Volume by category (non-clean mail)', surges: 'Surges', bursts: 'Event-themed bursts',
    campaigns: 'Top campaigns', sizes: 'Campaigns by size', brands: 'Top impersonated brands', attachments: 'Top malicious attachment types',
    countries: 'Unwanted mail by sending country', networks: 'Unwanted mail by sending network (AS)', country: 'country', asn: 'AS',
    noIpTable: 'none (needs an IP table: ipInfo.file)',
    none: 'none', id: 'id', size: 'size', first: 'first seen', last: 'last seen', senders: 'sender domains', ips: 'IPs', subject: 'subject',
    botnet: 'botnet indicator', band: 'size', campaignCount: 'campaigns', count: 'count', brand: 'brand', type: 'type', uncategorised: 'uncategorised',
    marked: 'Shaded periods are surges.', generated: 'Generated',
  },
  ja: {
    title: 'spamlab レポート', span: '期間', period: { day: '日', week: 'ISO 週', month: '月' }, messages: '通',
    byVerdict: '判定別の件数', byCategory: 'カテゴリ別の件数（clean 以外）', surges: '急増', bursts: 'イベントに合わせた急増',
    campaigns: '主なキャンペーン', sizes: '規模別のキャンペーン数', brands: 'なりすまされたブランド', attachments: '悪性添付ファイルの種類',
    countries: '送信元の国別（clean 以外）', networks: '送信元ネットワーク（AS）別（clean 以外）', country: '国', asn: 'AS',
    noIpTable: 'なし（IP テーブル ipInfo.file が必要です）',
    none: 'なし', id: 'ID', size: '件数', first: '初観測', last: '最終観測', senders: '送信ドメイン数', ips: 'IP 数', subject: '件名',
    botnet: 'ボットネットの兆候', band: '規模', campaignCount: 'キャンペーン数', count: '件数', brand: 'ブランド', type: '種類', uncategorised: '未分類',
    marked: '網掛けは急増した期間です。', generated: '作成',
  },
} as const;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON safe inside a <script> element: no `</script>`, no `<!--`, no U+2028/9 surprises. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The chart code, run in the page: draws each chart as inline SVG from the embedded data (lines per
 * series, shaded surge periods, axes, legend). Only createElementNS and textContent touch the document:
 * nothing from the data is ever parsed as HTML.
 */
const CHART_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var NS = 'http://www.w3.org/2000/svg';
  var COLORS = { clean: '#4c9a2a', spam: '#e0a800', phishing: '#d9480f', malware: '#c92a2a' };
  var PALETTE = ['#1c7ed6', '#e8590c', '#2b8a3e', '#862e9c', '#c2255c', '#0b7285', '#5c940d', '#a61e4d', '#364fc7', '#d9480f'];
  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    if (parent) parent.appendChild(e);
    return e;
  }
  function draw(container, periods, series, surgePeriods) {
    var W = 860, H = 280, L = 56, R = 150, T = 12, B = 40;
    var svg = el('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img' });
    var max = 1;
    series.forEach(function (s) { s.values.forEach(function (v) { if (v > max) max = v; }); });
    var n = Math.max(periods.length, 1);
    var x = function (i) { return L + (n === 1 ? (W - L - R) / 2 : i * (W - L - R) / (n - 1)); };
    var y = function (v) { return T + (H - T - B) * (1 - v / max); };
    var bandW = n > 1 ? (W - L - R) / (n - 1) : 20;
    periods.forEach(function (p, i) {
      if (surgePeriods[p]) el('rect', { x: x(i) - bandW / 2, y: T, width: bandW, height: H - T - B, fill: '#ffe3e3', 'class': 'surge' }, svg);
    });
    for (var g = 0; g <= 4; g++) {
      var v = Math.round(max * g / 4);
      el('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#e9ecef' }, svg);
      el('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#495057' }, svg).textContent = String(v);
    }
    var step = Math.max(1, Math.ceil(n / 12));
    periods.forEach(function (p, i) {
      if (i % step === 0) el('text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 10, fill: '#495057' }, svg).textContent = p;
    });
    series.forEach(function (s, k) {
      var color = s.color || PALETTE[k % PALETTE.length];
      var d = s.values.map(function (v, i) { return (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + y(v).toFixed(1); }).join(' ');
      el('path', { d: d, fill: 'none', stroke: color, 'stroke-width': 2, 'class': 'series' }, svg);
      s.values.forEach(function (v, i) { if (n <= 60) el('circle', { cx: x(i), cy: y(v), r: 2.5, fill: color }, svg); });
      el('rect', { x: W - R + 12, y: T + 4 + k * 18, width: 12, height: 12, fill: color }, svg);
      el('text', { x: W - R + 30, y: T + 14 + k * 18, 'font-size': 12, fill: '#212529' }, svg).textContent = s.name + ' (' + s.total + ')';
    });
    container.appendChild(svg);
  }
  function pivot(rows, key, keep, limit, colors) {
    var periods = Array.from(new Set(data.periods)).sort();
    var byKey = {};
    rows.forEach(function (r) {
      var k = key(r);
      if (k === undefined || !keep(r)) return;
      byKey[k] = byKey[k] || {};
      byKey[k][r.period] = (byKey[k][r.period] || 0) + r.count;
    });
    var series = Object.keys(byKey).map(function (k) {
      var values = periods.map(function (p) { return byKey[k][p] || 0; });
      return { name: k, values: values, total: values.reduce(function (a, b) { return a + b; }, 0), color: colors ? colors[k] : undefined };
    }).sort(function (a, b) { return b.total - a.total; }).slice(0, limit);
    return { periods: periods, series: series };
  }
  var surgePeriods = {};
  data.surges.forEach(function (s) { data.periods.forEach(function (p) { if (p >= s.start && p <= s.end) surgePeriods[p] = true; }); });
  var v = pivot(data.volumeByVerdict, function (r) { return r.verdict; }, function () { return true; }, 4, COLORS);
  draw(document.getElementById('chart-verdict'), v.periods, v.series, surgePeriods);
  var c = pivot(data.volume, function (r) { return r.category || data.uncategorised; }, function (r) { return r.verdict !== 'clean'; }, 8);
  draw(document.getElementById('chart-category'), c.periods, c.series, surgePeriods);
  document.body.setAttribute('data-charts', 'drawn');
})();
`;

/**
 * The report as one self-contained HTML page: data embedded as JSON, charts drawn by an inline script as
 * SVG, no external resource (a Content-Security-Policy forbids any network access from the page).
 */
export function reportHtml(data: ReportData, lang: 'en' | 'ja' = 'en'): string {
  const t = TEXT[lang];
  const periods = [...new Set([...data.volumeByVerdict.map((r) => r.period), ...data.volume.map((r) => r.period)])].sort();
  const embedded = { periods, volume: data.volume, volumeByVerdict: data.volumeByVerdict, surges: data.surges.map((s) => ({ start: s.start, end: s.end })), uncategorised: t.uncategorised };
  const verdicts = Object.entries(data.totals.byVerdict).map(([k, n]) => `${k} ${n}`).join(' · ');
  const surges = table([t.first, t.last, ''], data.surges.map((s) => [s.start, s.end, s.description]), t.none);
  const bursts = table([t.first, t.last, ''], data.eventBursts.map((b) => [b.start, b.end, b.description]), t.none);
  const campaigns = table(
    [t.id, t.size, t.first, t.last, t.senders, t.ips, t.subject],
    data.campaigns.map((c) => [c.id, String(c.size), c.firstSeen.slice(0, 10), c.lastSeen.slice(0, 10), String(c.senders), `${c.ips}${c.botnet ? ` (${t.botnet})` : ''}`, c.subject]),
    t.none,
  );
  const sizes = table([t.band, t.campaignCount, t.messages], data.campaignSizes.map((s) => [s.band, String(s.campaigns), String(s.messages)]), t.none);
  const brands = table([t.brand, t.count], data.topBrands.map((b) => [b.brand, String(b.count)]), t.none);
  const attachments = table([t.type, t.count], data.topAttachmentTypes.map((a) => [a.type, String(a.count)]), t.none);
  const countries = table([t.country, t.count], data.topCountries.map((c) => [c.country, String(c.count)]), t.noIpTable);
  const networks = table([t.asn, t.count], data.topNetworks.map((n) => [n.asn, String(n.count)]), t.noIpTable);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(t.title)} ${escapeHtml(data.from ?? '')} – ${escapeHtml(data.to ?? '')}</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #212529; max-width: 1100px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #dee2e6; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #f1f3f5; vertical-align: top; }
th { background: #f8f9fa; } td { word-break: break-word; } .meta, .empty { color: #868e96; } .chart svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>${escapeHtml(t.title)}</h1>
<p class="meta">${escapeHtml(t.span)}: ${escapeHtml(data.from ?? '—')} – ${escapeHtml(data.to ?? '—')} · ${escapeHtml(t.period[data.period])} · ${data.totals.messages} ${escapeHtml(t.messages)} (${escapeHtml(verdicts)}) · ${escapeHtml(t.generated)} ${escapeHtml(data.generatedAt)}</p>
<h2>${escapeHtml(t.byVerdict)}</h2>
<div class="chart" id="chart-verdict"></div>
<p class="meta">${escapeHtml(t.marked)}</p>
<h2>${escapeHtml(t.byCategory)}</h2>
<div class="chart" id="chart-category"></div>
<h2>${escapeHtml(t.surges)}</h2>
${surges}
<h2>${escapeHtml(t.bursts)}</h2>
${bursts}
<h2>${escapeHtml(t.campaigns)}</h2>
${campaigns}
<h2>${escapeHtml(t.sizes)}</h2>
${sizes}
<h2>${escapeHtml(t.brands)}</h2>
${brands}
<h2>${escapeHtml(t.attachments)}</h2>
${attachments}
<h2>${escapeHtml(t.countries)}</h2>
${countries}
<h2>${escapeHtml(t.networks)}</h2>
${networks}
<script type="application/json" id="report-data">${scriptJson(embedded)}</script>
<script>${CHART_SCRIPT}</script>
</body>
</html>
`;
}
