/**
 * Where incidents are announced: a log stream (one JSON line each), a webhook (opt-in: only when a URL is
 * configured; the HTTP client is injected), and the state store (always, by the monitor). A failing alert
 * is reported on the log and never stops detection.
 */
import type { Incident } from './behaviour/incident.js';
import { evidenceText, summarise, type Lang } from './behaviour/explain.js';

export interface AlertSink {
  readonly name: string;
  send(incident: Incident): Promise<void>;
}

/** The JSON an alert carries: the incident's figures plus its explanation in words. */
export function incidentJson(i: Incident, lang: Lang = 'en'): Record<string, unknown> {
  return {
    id: i.id,
    subject: i.subject,
    start: new Date(i.start).toISOString(),
    detectedAt: new Date(i.detectedAt).toISOString(),
    messagesBeforeDetection: i.messagesBeforeDetection,
    window: i.window,
    score: i.score,
    status: i.status,
    summary: summarise(i, lang),
    evidence: i.evidence.map((e) => ({ id: e.id, weight: e.weight, text: evidenceText(e, lang), data: e.data })),
    totals: { ...i.totals, lastSeen: new Date(i.totals.lastSeen).toISOString() },
    normal: i.normal,
    networks: i.networks,
    ...(i.closedAt !== undefined ? { closedAt: new Date(i.closedAt).toISOString() } : {}),
    ...(i.releasedBy ? { releasedBy: i.releasedBy } : {}),
  };
}

/** One JSON line per incident on a stream (stderr of the policy server, a log file). */
export class LogAlertSink implements AlertSink {
  readonly name = 'log';
  constructor(private readonly write: (line: string) => void, private readonly lang: Lang = 'en') {}

  async send(i: Incident): Promise<void> {
    this.write(JSON.stringify({ level: 'warn', msg: 'outbound incident', incident: incidentJson(i, this.lang) }) + '\n');
  }
}

export type HttpPost = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ ok: boolean; status: number }>;

export interface WebhookOptions {
  url: string;
  /** Sent as `Authorization: Bearer …` when set (never logged). */
  token?: string;
  timeoutMs?: number;
  post?: HttpPost;
  lang?: Lang;
}

/** POSTs `{incident}` as JSON to a configured URL, with a time-out. */
export class WebhookAlertSink implements AlertSink {
  readonly name = 'webhook';
  private readonly post: HttpPost;

  constructor(private readonly opts: WebhookOptions) {
    this.post = opts.post ?? ((url, init) => fetch(url, init));
  }

  async send(i: Incident): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
    const res = await this.post(this.opts.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ incident: incidentJson(i, this.opts.lang ?? 'en') }),
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5_000),
    });
    if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
  }
}
