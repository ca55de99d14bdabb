import { getCampaign, listCampaigns } from '../campaigns/index.js';
import { pivot, pivotGraph, PivotInputError } from '../intel/index.js';
import { HttpError } from './errors.js';
import type { Store } from '../store/index.js';
import { findEventBursts, findSurges, trendSeries } from '../trends/index.js';
import type { AnalysesData } from './data.js';

/**
 * Trends and campaigns for the API, read from the store through the analyses' own queries (src/trends,
 * src/campaigns); their indexers fill the tables as messages are stored (by ingest or by the API's scan).
 */
export function storeAnalysesData(store: Store, options: { lang: 'en' | 'ja' } = { lang: 'en' }): Pick<AnalysesData, 'trends' | 'campaigns' | 'pivot'> {
  return {
    async pivot(q) {
      let result;
      try {
        result = await pivot(store, q.value, { depth: q.depth });
      } catch (err) {
        if (err instanceof PivotInputError) throw new HttpError(400, 'invalid_request', err.message);
        throw err;
      }
      const graph = pivotGraph(result, q.lang ?? options.lang);
      return {
        query: q.value,
        domains: result.domains.map((d) => d.domain),
        nodes: graph.nodes.map((n) => ({ id: n.data.id, kind: n.data.type, label: n.data.label })),
        edges: graph.edges.map((e) => ({ source: e.data.source, target: e.data.target, kind: e.data.label, explanation: '' })),
        explanations: graph.explanations,
      };
    },
    async trends(q) {
      const range = { ...(q.from !== undefined ? { from: q.from } : {}), ...(q.to !== undefined ? { to: q.to } : {}) };
      const [all, byCategory, surges, bursts] = await Promise.all([
        trendSeries(store, { ...range, period: q.granularity, by: 'all' }),
        trendSeries(store, { ...range, period: q.granularity, by: 'category' }),
        findSurges(store, { ...range, period: q.granularity }),
        findEventBursts(store, { ...range, period: q.granularity }),
      ]);
      return {
        volume: all.map((r) => ({ period: r.period, verdict: r.verdict, count: r.count })),
        categories: byCategory.filter((r) => r.value !== '').map((r) => ({ period: r.period, category: r.value, verdict: r.verdict, count: r.count })),
        surges: [...surges, ...bursts].map((s) => ({ series: s.series, start: s.start, end: s.end, ratio: Math.round(s.ratio * 100) / 100, explanation: s.text[q.lang] })),
      };
    },
    campaigns: {
      async list(q) {
        const items = await listCampaigns(store, { limit: q.limit + 1, offset: q.offset });
        return { items: items.slice(0, q.limit), hasMore: items.length > q.limit };
      },
      async get(id) {
        const campaign = await getCampaign(store, id);
        return campaign ? { ...campaign } : undefined;
      },
    },
  };
}
