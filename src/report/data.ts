import { findEventBursts, findSurges, trendSeries, trendSpan, trendTotals, type TrendStore } from '../trends/query.js';
import { periodOf, type PeriodKind } from '../trends/period.js';
import type { Surge } from '../trends/surges.js';
import type { EventBurst } from '../trends/events.js';
import { campaignSizeHistogram, listCampaigns, type CampaignListItem, type CampaignStore } from '../campaigns/query.js';

/** Everything a report shows; the JSON format is this object. */
export interface ReportData {
  generatedAt: string;
  /** The span reported (ISO dates, inclusive) and the period the charts count by. */
  from: string | null;
  to: string | null;
  period: PeriodKind;
  totals: { messages: number; byVerdict: Record<string, number> };
  /** Messages per period × verdict × category (category null: uncategorised; a message in two categories counts in both). */
  volume: { period: string; verdict: string; category: string | null; count: number }[];
  /** Messages per period × verdict (each message once). */
  volumeByVerdict: { period: string; verdict: string; count: number }[];
  surges: (Surge & { description: string })[];
  eventBursts: (EventBurst & { description: string })[];
  campaigns: (CampaignListItem & { senders: number; ips: number })[];
  campaignSizes: { band: string; campaigns: number; messages: number }[];
  /** Impersonated brands and malicious attachment types (extensions of mail judged malware), most frequent first. */
  topBrands: { brand: string; count: number }[];
  topAttachmentTypes: { type: string; count: number }[];
  /** Where unwanted (non-clean) mail was sent from: countries and AS numbers (`AS64500`) — empty without an IP table (ipInfo.file). */
  topCountries: { country: string; count: number }[];
  topNetworks: { asn: string; count: number }[];
}

export interface ReportOptions {
  /** Epoch ms, inclusive; default: everything stored. */
  from?: number;
  to?: number;
  /** Default: month for spans over 120 days, week over 35 days, else day. */
  period?: PeriodKind;
  lang?: 'en' | 'ja';
  campaignLimit?: number;
  /** The report's clock (tests fix it). */
  now?: Date;
}

/** Picks the chart period that gives a readable number of points for a span. */
export function defaultPeriod(fromMs: number, toMs: number): PeriodKind {
  const days = (toMs - fromMs) / 86_400_000;
  return days > 120 ? 'month' : days > 35 ? 'week' : 'day';
}

function top(rows: readonly { value: string; verdict: string; count: number }[], keep: (verdict: string) => boolean, n: number): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.value && keep(r.verdict)) counts.set(r.value, (counts.get(r.value) ?? 0) + r.count);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, n);
}

/** Reads the report's tables from the store's rollups and campaigns. */
export async function buildReport(store: TrendStore & CampaignStore, options: ReportOptions = {}): Promise<ReportData> {
  const lang = options.lang ?? 'en';
  const span = await trendSpan(store);
  const from = options.from ?? span?.from;
  const to = options.to ?? (span ? span.to + 86_400_000 - 1 : undefined);
  const period = options.period ?? (from !== undefined && to !== undefined ? defaultPeriod(from, to) : 'month');
  const q = { from, to, period };
  const totals = await trendTotals(store, { from, to });
  const byCategory = await trendSeries(store, { ...q, by: 'category' });
  const byVerdict = await trendSeries(store, { ...q, by: 'all' });
  const surges = await findSurges(store, q);
  const bursts = await findEventBursts(store, q);
  const campaigns = await listCampaigns(store, { from, to, limit: options.campaignLimit ?? 20 });
  const brands = await trendSeries(store, { from, to, period: 'day', by: 'brand' });
  const attachments = await trendSeries(store, { from, to, period: 'day', by: 'attachment', verdict: 'malware' });
  const countries = await trendSeries(store, { from, to, period: 'day', by: 'country' });
  const networks = await trendSeries(store, { from, to, period: 'day', by: 'asn' });
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    from: from !== undefined ? periodOf(from, 'day') : null,
    to: to !== undefined ? periodOf(to, 'day') : null,
    period,
    totals: { messages: totals.messages, byVerdict: totals.byVerdict },
    volume: byCategory.map((r) => ({ period: r.period, verdict: r.verdict, category: r.value || null, count: r.count })),
    volumeByVerdict: byVerdict.map((r) => ({ period: r.period, verdict: r.verdict, count: r.count })),
    surges: surges.map((s) => ({ ...s, description: s.text[lang] })),
    eventBursts: bursts.map((b) => ({ ...b, description: b.text[lang] })),
    campaigns,
    campaignSizes: await campaignSizeHistogram(store),
    topBrands: top(brands, (v) => v !== 'clean', 15).map((b) => ({ brand: b.value, count: b.count })),
    topAttachmentTypes: top(attachments, () => true, 15).map((a) => ({ type: a.value, count: a.count })),
    topCountries: top(countries, (v) => v !== 'clean', 15).map((c) => ({ country: c.value, count: c.count })),
    topNetworks: top(networks, (v) => v !== 'clean', 15).map((n) => ({ asn: n.value, count: n.count })),
  };
}
