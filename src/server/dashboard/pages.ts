import type { ParsedMessage } from '../../mail/types.js';
import type { ScanReport } from '../../scan/report.js';
import type { CampaignDetail, CampaignSummary, MessageSummary, OutboundIncident, PivotGraph, TrendsView } from '../data.js';
import { html, jsonBlock, type SafeHtml } from './html.js';
import { VERDICT_WORDS } from './i18n.js';
import { noData, type PageContext } from './layout.js';

const VERDICTS = ['clean', 'spam', 'phishing', 'malware'];

export function verdictBadge(ctx: PageContext, verdict: string): SafeHtml {
  return html`<span class="verdict verdict-${VERDICTS.includes(verdict) ? verdict : 'spam'}">${VERDICT_WORDS[ctx.lang][verdict] ?? verdict}</span>`;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

// ------------------------------------------------------------------------------------------- overview

export function overviewPage(ctx: PageContext, view: (TrendsView & { available: boolean }) | undefined, granularity: string): SafeHtml {
  const available = view?.available === true;
  const total = view ? view.volume.reduce((n, p) => n + p.count, 0) : 0;
  const byVerdict = new Map<string, number>();
  for (const p of view?.volume ?? []) byVerdict.set(p.verdict, (byVerdict.get(p.verdict) ?? 0) + p.count);
  const picker = html`<form method="get" action="/" class="filters"><label>${ctx.w.granularity}<select name="granularity" id="granularity">${['day', 'week', 'month'].map(
    (g) => html`<option value="${g}"${g === granularity ? html` selected` : ''}>${ctx.w[g as 'day']}</option>`,
  )}</select></label><button type="submit">${ctx.w.filter}</button></form>`;
  if (!view || total === 0) return html`${picker}${noData(ctx, available || view === undefined)}`;
  return html`${picker}
<div class="cards">
  <div class="card"><div class="stat" id="total">${total}</div><div class="muted">${ctx.w.total}</div></div>
  ${VERDICTS.map((v) => html`<div class="card"><div class="stat">${byVerdict.get(v) ?? 0}</div>${verdictBadge(ctx, v)}</div>`)}
</div>
<h2>${ctx.w.volumeByVerdict}</h2>
<div class="chart" id="chart-verdict"></div>
<h2>${ctx.w.volumeByCategory}</h2>
<div class="chart" id="chart-category"></div>
<h2>${ctx.w.surges}</h2>
${
  view.surges.length
    ? html`<ul class="surges">${view.surges.map((s) => html`<li><strong>${s.start}${s.end !== s.start ? ` – ${s.end}` : ''}</strong> ${s.explanation} <span class="muted">(${s.series}, ×${s.ratio})</span></li>`)}</ul>`
    : html`<p class="muted">${ctx.w.noSurges}</p>`
}
${jsonBlock('trends-data', { granularity, volume: view.volume, categories: view.categories.filter((c) => c.verdict !== 'clean'), surges: view.surges, verdictNames: VERDICT_WORDS[ctx.lang] })}`;
}

// ------------------------------------------------------------------------------------------- messages

export interface MessageFilters {
  verdict?: string;
  category?: string;
  sender?: string;
  domain?: string;
  finding?: string;
  from?: string;
  to?: string;
}

export function messagesPage(
  ctx: PageContext,
  filters: MessageFilters,
  page: { available: boolean; items: MessageSummary[]; total: number; limit: number; offset: number } | undefined,
  error?: string,
): SafeHtml {
  const field = (name: keyof MessageFilters, label: string, type = 'text') =>
    html`<label>${label}<input type="${type}" name="${name}" id="f-${name}" value="${filters[name] ?? ''}"></label>`;
  const form = html`<form method="get" action="/messages" class="filters" id="filters">
<label>${ctx.w.verdict}<select name="verdict" id="f-verdict"><option value="">${ctx.w.any}</option>${VERDICTS.map(
    (v) => html`<option value="${v}"${filters.verdict === v ? html` selected` : ''}>${VERDICT_WORDS[ctx.lang][v]}</option>`,
  )}</select></label>
${field('category', ctx.w.category)}${field('sender', ctx.w.sender)}${field('domain', ctx.w.domain)}${field('finding', ctx.w.finding)}
${field('from', ctx.w.fromDate, 'date')}${field('to', ctx.w.toDate, 'date')}
<button type="submit">${ctx.w.filter}</button> <a href="/messages">${ctx.w.clear}</a>
</form>`;
  if (error) return html`${form}<div class="empty"><p>${error}</p></div>`;
  if (!page || page.items.length === 0) return html`${form}${noData(ctx, page?.available ?? false)}`;
  const query = (offset: number) => {
    const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
    params.set('offset', String(offset));
    return `/messages?${params}`;
  };
  return html`${form}
<p class="muted"><span id="result-count">${page.total}</span> ${ctx.w.total}</p>
<table class="messages" id="message-table">
<thead><tr><th>${ctx.w.received}</th><th>${ctx.w.verdict}</th><th class="num">${ctx.w.score}</th><th>${ctx.w.sender}</th><th>${ctx.w.subject}</th><th>${ctx.w.categories}</th></tr></thead>
<tbody>${page.items.map(
    (m) => html`<tr data-hash="${m.sha256}" data-verdict="${m.verdict}"><td class="mono">${day(m.receivedAt)}</td><td>${verdictBadge(ctx, m.verdict)}</td><td class="num">${m.score.toFixed(1)}</td><td>${m.fromName ? html`${m.fromName} ` : ''}<span class="muted">${m.from ?? ''}</span></td><td><a href="/messages/${m.sha256}">${m.subject || '(no subject)'}</a></td><td>${m.categories.join(', ')}</td></tr>`,
  )}</tbody></table>
<div class="pager">${page.offset > 0 ? html`<a href="${query(Math.max(0, page.offset - page.limit))}">${ctx.w.previous}</a>` : ''}<span class="muted">${page.offset + 1}–${page.offset + page.items.length} / ${page.total}</span>${
    page.offset + page.items.length < page.total ? html`<a href="${query(page.offset + page.limit)}">${ctx.w.next}</a>` : ''
  }</div>`;
}

export function messagePage(ctx: PageContext, report: ScanReport, receivedAt: string, parsed: ParsedMessage | undefined): SafeHtml {
  const hashes = report.iocs.hashes;
  const scored = report.findings.filter((f) => f.score !== 0 || !f.replacedBy);
  return html`
<div class="card">
  <div>${verdictBadge(ctx, report.verdict)} <strong id="score">${report.score}</strong> · ${report.subject} </div>
  <div class="muted">${report.fromName ? html`${report.fromName} ` : ''}&lt;${report.from ?? ''}&gt; → ${report.to.join(', ')} · ${ctx.w.received} ${day(receivedAt)}</div>
  <div class="muted mono">${ctx.w.sha256} ${report.sha256}</div>
  ${report.categories.length ? html`<div>${ctx.w.categories}: ${report.categories.map((c) => c.name).join(', ')}</div>` : ''}
</div>
<div class="actions">
  <button type="button" data-action="learn" data-as="spam" data-hash="${report.sha256}" ${parsed ? '' : html`disabled`}>${ctx.w.learnSpam}</button>
  <button type="button" class="secondary" data-action="learn" data-as="ham" data-hash="${report.sha256}" ${parsed ? '' : html`disabled`}>${ctx.w.learnHam}</button>
  <span class="status" id="action-status" data-ok="${ctx.w.learned}" data-failed="${ctx.w.failed}"></span>
</div>
<h2>${ctx.w.findings}</h2>
<table class="findings" id="findings"><thead><tr><th class="num">${ctx.w.score}</th><th>ID</th><th>${ctx.w.explanation}</th><th>${ctx.w.evidence}</th></tr></thead><tbody>
${scored.map((f) => html`<tr data-finding="${f.id}"><td class="num">${f.score > 0 ? '+' : ''}${f.score.toFixed(1)}</td><td class="mono">${f.id}</td><td>${f.description}</td><td>${f.evidence}</td></tr>`)}
</tbody></table>
<h2>${ctx.w.links}</h2>
${report.iocs.urls.length ? html`<ul class="mono" id="links">${report.iocs.urls.slice(0, 200).map((u) => html`<li>${u}</li>`)}</ul>` : html`<p class="muted">—</p>`}
<h2>${ctx.w.attachments}</h2>
${
  hashes.length
    ? html`<table id="attachments"><thead><tr><th>${ctx.w.name}</th><th class="num">bytes</th><th>SHA-256</th><th>MD5</th></tr></thead><tbody>${hashes.map(
        (h) => html`<tr><td>${h.name}</td><td class="num">${h.size}</td><td class="mono">${h.sha256}</td><td class="mono">${h.md5}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">—</p>`
}
${
  parsed
    ? html`<h2>${ctx.w.body}</h2><p class="muted">${ctx.w.bodyNote}</p>
<iframe class="body" id="body-frame" sandbox="" referrerpolicy="no-referrer" src="/messages/${report.sha256}/body" title="${ctx.w.body}"></iframe>
<h2>${ctx.w.headers}</h2>
<table class="headers" id="headers"><tbody>${parsed.headers.slice(0, 300).map((h) => html`<tr><td>${h.name}</td><td class="mono">${h.value.slice(0, 2000)}</td></tr>`)}</tbody></table>`
    : html`<div class="empty"><p>${ctx.w.rawNotKept}</p></div>`
}`;
}

// ------------------------------------------------------------------------------------------ campaigns

export function campaignsPage(ctx: PageContext, page: { available: boolean; items: CampaignSummary[]; hasMore: boolean; offset: number; limit: number } | undefined): SafeHtml {
  if (!page || page.items.length === 0) return noData(ctx, page?.available ?? false);
  return html`<table id="campaign-table"><thead><tr><th>ID</th><th class="num">${ctx.w.size}</th><th>${ctx.w.subject}</th><th>${ctx.w.firstSeen}</th><th>${ctx.w.lastSeen}</th><th class="num">${ctx.w.senders}</th><th class="num">${ctx.w.ips}</th><th>${ctx.w.botnet}</th></tr></thead><tbody>
${page.items.map(
  (c) => html`<tr><td class="mono"><a href="/campaigns/${encodeURIComponent(c.id)}">${c.id}</a></td><td class="num">${c.size}</td><td>${c.subject ?? ''}</td><td class="mono">${day(c.firstSeen)}</td><td class="mono">${day(c.lastSeen)}</td><td class="num">${c.senders}</td><td class="num">${c.ips}</td><td>${c.botnet ? '●' : ''}</td></tr>`,
)}</tbody></table>
<div class="pager">${page.offset > 0 ? html`<a href="/campaigns?offset=${Math.max(0, page.offset - page.limit)}">${ctx.w.previous}</a>` : ''}${page.hasMore ? html`<a href="/campaigns?offset=${page.offset + page.limit}">${ctx.w.next}</a>` : ''}</div>`;
}

type Counted = { value: string; count: number };
const list = (items: unknown): Counted[] => (Array.isArray(items) ? (items as Counted[]) : []);

export function campaignPage(ctx: PageContext, c: CampaignDetail): SafeHtml {
  const joined = Array.isArray(c.joinedBy) ? (c.joinedBy as { kind: string; count: number; example: string }[]) : [];
  const samples = Array.isArray(c.samples) ? (c.samples as { hash: string; time: string; subject: string; senderDomain: string | null; senderIp: string | null }[]) : [];
  const iocs = (c.iocs ?? {}) as { linkDomains?: Counted[]; attachments?: { name: string; sha256: string; count: number }[] };
  return html`<div class="cards">
<div class="card"><div class="stat">${c.size}</div><div class="muted">${ctx.w.size}</div></div>
<div class="card"><div class="stat">${String(c.senders ?? '')}</div><div class="muted">${ctx.w.senders}</div></div>
<div class="card"><div class="stat">${String(c.ips ?? '')}</div><div class="muted">${ctx.w.ips}</div></div>
<div class="card"><div class="mono">${day(c.firstSeen)} → ${day(c.lastSeen)}</div></div>
</div>
${typeof c.botnet === 'string' ? html`<p><strong>${ctx.w.botnet}:</strong> ${c.botnet}</p>` : ''}
<h2>${ctx.w.joinedBy}</h2>
<ul>${joined.map((j) => html`<li><strong>${j.kind}</strong> × ${j.count}: ${j.example}</li>`)}</ul>
<h2>${ctx.w.subject}</h2><ul>${list(c.subjects).map((s) => html`<li>${s.value} <span class="muted">× ${s.count}</span></li>`)}</ul>
<h2>${ctx.w.senders}</h2><ul class="mono">${list(c.topSenderDomains).map((s) => html`<li>${s.value} × ${s.count}</li>`)}</ul>
<h2>${ctx.w.links}</h2><ul class="mono">${list(iocs.linkDomains).map((s) => html`<li><a href="/pivot?q=${encodeURIComponent(s.value)}">${s.value}</a> × ${s.count}</li>`)}</ul>
<h2>${ctx.w.attachments}</h2><ul class="mono">${(iocs.attachments ?? []).map((a) => html`<li>${a.name} ${a.sha256} × ${a.count}</li>`)}</ul>
<h2>${ctx.w.samples}</h2>
<table><tbody>${samples.map((s) => html`<tr><td class="mono">${day(s.time)}</td><td><a href="/messages/${s.hash}">${s.subject || '(no subject)'}</a></td><td class="mono">${s.senderDomain ?? ''} ${s.senderIp ?? ''}</td></tr>`)}</tbody></table>`;
}

// --------------------------------------------------------------------------------------------- pivot

/**
 * Cytoscape inserts a <style> element of its own unless an element with this id exists; the strict CSP
 * would block it, so the page carries the id and dashboard.css the rule it would have added.
 */
const CYTOSCAPE_STYLESHEET_MARK = html`<span id="__________cytoscape_stylesheet" hidden></span>`;

export function pivotPage(ctx: PageContext, q: string, graph: (PivotGraph & { available: boolean }) | undefined): SafeHtml {
  const form = html`<form method="get" action="/pivot" class="filters"><label>${ctx.w.pivotQuery}<input name="q" id="pivot-q" value="${q}" size="40"></label><button type="submit">${ctx.w.pivotGo}</button></form>`;
  if (!q) return html`${form}${graph && !graph.available ? noData(ctx, false) : ''}`;
  if (!graph || graph.nodes.length === 0) return html`${form}${noData(ctx, graph?.available ?? false)}`;
  return html`${form}
<h2>${ctx.w.actorDomains}</h2>
<p class="mono" id="actor-domains">${graph.domains.join(', ')}</p>
<div id="graph"></div>
${CYTOSCAPE_STYLESHEET_MARK}
<h2>${ctx.w.why}</h2>
<ul>${graph.explanations.map((e) => html`<li>${e}</li>`)}</ul>
${jsonBlock('graph-data', { nodes: graph.nodes, edges: graph.edges })}`;
}

// -------------------------------------------------------------------------------------------- outbound

export function outboundPage(ctx: PageContext, page: { available: boolean; items: OutboundIncident[] } | undefined): SafeHtml {
  if (!page || page.items.length === 0) return noData(ctx, page?.available ?? false);
  return html`<span class="status" id="action-status" data-ok="${ctx.w.released}" data-failed="${ctx.w.failed}"></span>
<table id="incidents"><thead><tr><th>${ctx.w.subjectCol}</th><th>${ctx.w.start}</th><th>${ctx.w.detected}</th><th class="num">${ctx.w.before}</th><th>${ctx.w.evidence}</th><th>${ctx.w.action}</th></tr></thead><tbody>
${page.items.map(
  (i) => html`<tr><td class="mono">${i.subject.kind}: ${i.subject.id}</td><td class="mono">${day(i.start)}</td><td class="mono">${day(i.detectedAt)}</td><td class="num">${i.messagesBeforeDetection}</td><td><ul>${i.evidence.map((e) => html`<li>${e}</li>`)}</ul></td><td>${i.action ?? ''} ${
    i.released ? html`<span class="muted">${ctx.w.released}</span>` : html`<button type="button" data-action="release" data-kind="${i.subject.kind}" data-id="${i.subject.id}">${ctx.w.release}</button>`
  }</td></tr>`,
)}</tbody></table>`;
}

export function loginPage(ctx: PageContext, next: string, wrong: boolean): SafeHtml {
  return html`<form method="post" action="/login" class="card" id="login">
<p>${ctx.w.loginHint}</p>
${wrong ? html`<p class="verdict verdict-phishing">${ctx.w.wrongToken}</p>` : ''}
<input type="hidden" name="next" value="${next}">
<label>${ctx.w.token} <input type="password" name="token" id="token" autocomplete="current-password" size="50"></label>
<button type="submit">${ctx.w.login}</button>
</form>`;
}
