import type { DependencyState, OpsEndpoints } from '../../observability/index.js';
import { checkReadiness } from '../../observability/index.js';
import { html, type SafeHtml } from './html.js';
import { VERDICT_WORDS } from './i18n.js';
import type { PageContext } from './layout.js';

/** What the status page shows: the same facts as /readyz and /metrics, for a person. */
export interface StatusView {
  ready: boolean;
  dependencies: DependencyState[];
  listeners: { name: string; address: string }[];
  uptimeSeconds: number | null;
  /** Messages scanned since start, by way in × verdict; null when the server keeps no metrics. */
  scanned: { via: string; verdict: string; count: number }[] | null;
  errors: { via: string; count: number }[];
  /** Scan-queue jobs by queue × state (`serve --queue`); empty without a queue. */
  queue: { queue: string; state: string; count: number }[];
}

/** Reads the status from the process's own readiness checks and metrics registry (nothing is stored). */
export async function statusView(ops: OpsEndpoints | undefined, listeners: { name: string; address: string }[], now: number): Promise<StatusView> {
  const readiness = await checkReadiness(ops?.readiness ?? []);
  const metrics = ops?.metrics;
  const scanned = metrics
    ? (await metrics.messagesScanned.get()).values.map((v) => ({ via: String(v.labels.via), verdict: String(v.labels.verdict), count: v.value })).filter((v) => v.count > 0)
    : null;
  const errors = metrics ? (await metrics.scanErrors.get()).values.map((v) => ({ via: String(v.labels.via), count: v.value })).filter((v) => v.count > 0) : [];
  const queue = metrics ? (await metrics.queueJobs.get()).values.map((v) => ({ queue: String(v.labels.queue), state: String(v.labels.state), count: v.value })) : [];
  return {
    ready: readiness.ready,
    dependencies: readiness.dependencies,
    listeners,
    uptimeSeconds: ops?.startedAt !== undefined ? Math.max(0, Math.round((now - ops.startedAt) / 1000)) : null,
    scanned,
    errors,
    queue,
  };
}

function duration(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  const h = Math.floor((seconds % 86_400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return d ? `${d}d ${h}h ${m}m` : h ? `${h}h ${m}m` : `${m}m ${seconds % 60}s`;
}

export function statusPage(ctx: PageContext, view: StatusView): SafeHtml {
  const verdicts = VERDICT_WORDS[ctx.lang];
  const ways = [...new Set((view.scanned ?? []).map((s) => s.via))].sort();
  const order = ['clean', 'spam', 'phishing', 'malware'];
  const cell = (via: string, verdict: string) => view.scanned?.find((s) => s.via === via && s.verdict === verdict)?.count ?? 0;
  return html`<p id="readiness" class="verdict ${view.ready ? 'verdict-clean' : 'verdict-phishing'}" data-ready="${String(view.ready)}">${view.ready ? ctx.w.ready : ctx.w.notReady}</p>
${view.uptimeSeconds !== null ? html`<p class="muted">${ctx.w.uptime}: <span id="uptime">${duration(view.uptimeSeconds)}</span></p>` : ''}
<h2>${ctx.w.dependencies}</h2>
<table id="dependencies"><thead><tr><th>${ctx.w.dependency}</th><th>${ctx.w.state}</th><th class="num">ms</th><th>${ctx.w.detail}</th></tr></thead><tbody>
${view.dependencies.map((d) => html`<tr data-dependency="${d.name}" data-status="${d.status}"><td class="mono">${d.name}</td><td>${d.status === 'up' ? ctx.w.up : ctx.w.down}</td><td class="num">${d.ms}</td><td>${d.detail ?? ''}</td></tr>`)}
</tbody></table>
<h2>${ctx.w.listeners}</h2>
<table id="listeners"><thead><tr><th>${ctx.w.listener}</th><th>${ctx.w.address}</th></tr></thead><tbody>
${view.listeners.map((l) => html`<tr><td class="mono">${l.name}</td><td class="mono">${l.address}</td></tr>`)}
</tbody></table>
<h2>${ctx.w.sinceStart}</h2>
${
  view.scanned === null
    ? html`<p class="muted">${ctx.w.noMetrics}</p>`
    : html`<table id="scanned"><thead><tr><th>${ctx.w.via}</th>${order.map((v) => html`<th class="num">${verdicts[v] ?? v}</th>`)}<th class="num">${ctx.w.scanErrors}</th></tr></thead><tbody>
${ways.map((via) => html`<tr data-via="${via}"><td class="mono">${via}</td>${order.map((v) => html`<td class="num" data-verdict="${v}">${cell(via, v)}</td>`)}<td class="num">${view.errors.find((e) => e.via === via)?.count ?? 0}</td></tr>`)}
</tbody></table>`
}
${
  view.queue.length
    ? html`<h2>${ctx.w.queueJobs}</h2>
<table id="queue"><thead><tr><th>${ctx.w.queueJobs}</th><th>${ctx.w.state}</th><th class="num">${ctx.w.count}</th></tr></thead><tbody>
${view.queue.map((q) => html`<tr><td class="mono">${q.queue}</td><td>${q.state}</td><td class="num">${q.count}</td></tr>`)}
</tbody></table>`
    : ''
}`;
}
