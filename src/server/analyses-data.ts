import { getCampaign, listCampaigns } from '../campaigns/index.js';
import type { Store } from '../store/index.js';
import { findEventBursts, findSurges, trendSeries } from '../trends/index.js';
import type { AnalysesData } from './data.js';

/**
 * Trends and campaigns for the API, read from the store through the analyses' own queries (src/trends,
 * src/campaigns); their indexers fill the tables as messages are stored (by ingest or by the API's scan).
 */
export function storeAnalysesData(store: Store): Pick<AnalysesData, 'trends' | 'campaigns'> {
  return {
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
