/**
 * The registrant pivot: from a domain, phone or e-mail to the actor's other domains. The graph is
 * bipartite (domains ↔ values) and lives in `intel_edges`; the walk is breadth-first and every step
 * is an index lookup, so a pivot costs the size of the answer, not of the store.
 *
 * Rules (why a domain belongs to the actor):
 * - Only strong values link: phone, e-mail, and a name and address written together. Weak ones (name
 *   server, registrar, organisation, name or address alone) corroborate links but never make one;
 *   domains sharing only weak values are listed as `weakNeighbours`, not members.
 * - Redacted and privacy-proxy values (normalise/privacy-proxies.ts) never link.
 * - A value held by more than `maxDegree` domains links nothing: it is shared infrastructure (hosting
 *   name servers) or an unknown proxy (a registrar's shared phone), and is reported as ignored.
 */
import { KIND_WEIGHT, STRONG_KINDS, type ValueKind } from '../normalise/record.js';
import { normaliseDomain, normaliseEmail, normalisePhone } from '../normalise/values.js';
import type { IntelDb } from '../history/db.js';
import { INTEL_MIGRATIONS } from '../history/schema.js';

export interface PivotOptions {
  /** Domain → value → domain hops (default 2). */
  depth?: number;
  /** A value shared by more domains than this is infrastructure or a proxy: ignored (default 25). */
  maxDegree?: number;
  /** At most this many member domains (default 500); `truncated` says when reached. */
  maxDomains?: number;
  /** Country for a phone given without one (default: international form required, else JP). */
  country?: string;
}

export interface Occurrence {
  domain: string;
  recordId: string;
  observedAt: number;
  role: string;
  display: string;
}

export interface PivotLink {
  kind: ValueKind;
  key: string;
  display: string;
  strength: 'strong' | 'weak';
  weight: number;
  /** Member domains holding the value, with the snapshots it is in. */
  occurrences: Occurrence[];
  domains: string[];
}

export interface PivotMember {
  domain: string;
  /** Hops from the start (0 = the start domain). */
  depth: number;
  /** The value that brought it in (`kind:key`), none for the start. */
  via?: { kind: ValueKind; key: string; from: string };
  firstObserved?: number;
  registered?: number;
}

export interface IgnoredValue {
  kind: ValueKind;
  key: string;
  display: string;
  reason: 'proxy' | 'redacted' | 'shared';
  /** For `shared`: more than this many domains hold it. */
  degree?: number;
  domains: string[];
}

export interface WeakNeighbour {
  domain: string;
  shared: { kind: ValueKind; key: string; display: string }[];
  score: number;
}

export interface PivotResult {
  start: { kind: 'domain' | 'phone' | 'email'; key: string; input: string };
  domains: PivotMember[];
  links: PivotLink[];
  ignored: IgnoredValue[];
  weakNeighbours: WeakNeighbour[];
  truncated: boolean;
  options: Required<Omit<PivotOptions, 'country'>>;
}

interface EdgeRow {
  domain: string;
  kind: ValueKind;
  value_key: string;
  display: string;
  role: string;
  shield: string | null;
  record_id: string;
  observed_at: number;
}

/** What the user typed: an e-mail, a phone number, or a domain. */
export function classifyStart(input: string, country?: string): PivotResult['start'] | undefined {
  const text = input.trim();
  if (text.includes('@')) {
    const e = normaliseEmail(text);
    return e ? { kind: 'email', key: e, input } : undefined;
  }
  if (/^[+\d(][\d\s().+-]{5,}$/.test(text)) {
    const p = normalisePhone(text, country ?? (text.startsWith('+') ? undefined : 'JP'));
    return p ? { kind: 'phone', key: p.key, input } : undefined;
  }
  const d = normaliseDomain(text);
  return d ? { kind: 'domain', key: d, input } : undefined;
}

/**
 * Pivots from a domain, phone or e-mail to the actor's domains, each link explained by the snapshots
 * it is in (see ./explain.ts for the sentences).
 * @example const r = await pivot(store, 'virus-alert-desk.info'); r.domains.map((d) => d.domain)
 */
export async function pivot(db: IntelDb, input: string, options: PivotOptions = {}): Promise<PivotResult> {
  await db.migrate(INTEL_MIGRATIONS);
  const opts = { depth: options.depth ?? 2, maxDegree: options.maxDegree ?? 25, maxDomains: options.maxDomains ?? 500 };
  const start = classifyStart(input, options.country);
  if (!start) throw new PivotInputError(`not a domain, phone number or e-mail address: ${input}`);

  const members = new Map<string, PivotMember>();
  const edgesOf = new Map<string, EdgeRow[]>();
  const links = new Map<string, PivotLink>();
  const ignored = new Map<string, IgnoredValue>();
  const valueDomains = new Map<string, string[] | 'hub'>();
  let truncated = false;

  const loadEdges = async (domain: string) => {
    let rows = edgesOf.get(domain);
    if (!rows) {
      rows = await db.all<EdgeRow>(
        'SELECT domain, kind, value_key, display, role, shield, record_id, observed_at FROM intel_edges WHERE domain = ?',
        [domain],
      );
      edgesOf.set(domain, rows);
    }
    return rows;
  };
  /** Distinct domains holding a value, or 'hub' past the degree limit (one index range read). */
  const holders = async (kind: ValueKind, key: string) => {
    const id = `${kind}\u0000${key}`;
    let found = valueDomains.get(id);
    if (!found) {
      const rows = await db.all<{ domain: string }>(
        'SELECT DISTINCT domain FROM intel_edges WHERE kind = ? AND value_key = ? ORDER BY domain LIMIT ?',
        [kind, key, opts.maxDegree + 1],
      );
      found = rows.length > opts.maxDegree ? 'hub' : rows.map((r) => r.domain);
      valueDomains.set(id, found);
    }
    return found;
  };
  const addMember = (domain: string, depth: number, via?: PivotMember['via']) => {
    if (members.has(domain)) return false;
    if (members.size >= opts.maxDomains) {
      truncated = true;
      return false;
    }
    members.set(domain, { domain, depth, ...(via ? { via } : {}) });
    return true;
  };

  let frontier: string[] = [];
  if (start.kind === 'domain') {
    // A domain without any kept snapshot is not in the graph: an empty answer, not a cluster of one.
    if (await db.get('SELECT 1 AS found FROM intel_records WHERE domain = ? LIMIT 1', [start.key])) {
      addMember(start.key, 0);
      frontier = [start.key];
    }
  } else {
    const found = await holders(start.kind, start.key);
    if (found === 'hub') {
      ignored.set(`${start.kind}\u0000${start.key}`, { kind: start.kind, key: start.key, display: start.input, reason: 'shared', degree: opts.maxDegree, domains: [] });
    } else {
      for (const d of found) if (addMember(d, 1, { kind: start.kind, key: start.key, from: start.input })) frontier.push(d);
      if (found.length) links.set(`${start.kind}\u0000${start.key}`, emptyLink(start.kind, start.key, start.input));
    }
  }

  const followed = new Set<string>();
  for (let depth = start.kind === 'domain' ? 0 : 1; depth < opts.depth && frontier.length; depth++) {
    const next: string[] = [];
    for (const domain of frontier) {
      for (const e of await loadEdges(domain)) {
        if (!STRONG_KINDS.has(e.kind)) continue;
        const id = `${e.kind}\u0000${e.value_key}`;
        if (e.shield) {
          if (!ignored.has(id)) ignored.set(id, { kind: e.kind, key: e.value_key, display: e.display, reason: e.shield === 'redacted' ? 'redacted' : 'proxy', domains: [] });
          continue;
        }
        if (followed.has(id)) continue;
        followed.add(id);
        const found = await holders(e.kind, e.value_key);
        if (found === 'hub') {
          ignored.set(id, { kind: e.kind, key: e.value_key, display: e.display, reason: 'shared', degree: opts.maxDegree, domains: [] });
          continue;
        }
        if (!links.has(id)) links.set(id, emptyLink(e.kind, e.value_key, e.display));
        for (const d of found) if (addMember(d, depth + 1, { kind: e.kind, key: e.value_key, from: domain })) next.push(d);
      }
    }
    frontier = next;
  }

  // Every member's edges: to explain links with every snapshot and to find corroborating weak values.
  for (const d of members.keys()) await loadEdges(d);
  const weakShared = new Map<string, PivotLink>();
  for (const [domain, rows] of edgesOf) {
    if (!members.has(domain)) continue;
    const member = members.get(domain)!;
    for (const e of rows) {
      member.firstObserved = Math.min(member.firstObserved ?? Infinity, e.observed_at);
      const id = `${e.kind}\u0000${e.value_key}`;
      const occurrence = { domain, recordId: e.record_id, observedAt: e.observed_at, role: e.role, display: e.display };
      const link = links.get(id);
      if (link) {
        link.occurrences.push(occurrence);
        continue;
      }
      if (e.shield) {
        const ig = ignored.get(id);
        if (ig && !ig.domains.includes(domain)) ig.domains.push(domain);
        continue;
      }
      if (STRONG_KINDS.has(e.kind)) continue;
      let w = weakShared.get(id);
      if (!w) weakShared.set(id, (w = { ...emptyLink(e.kind, e.value_key, e.display), strength: 'weak' }));
      w.occurrences.push(occurrence);
    }
  }
  for (const ig of ignored.values()) {
    if (ig.reason === 'shared') {
      for (const [domain, rows] of edgesOf) if (members.has(domain) && rows.some((r) => r.kind === ig.kind && r.value_key === ig.key) && !ig.domains.includes(domain)) ig.domains.push(domain);
    }
  }

  const finish = (l: PivotLink) => {
    l.occurrences.sort((a, b) => a.domain.localeCompare(b.domain) || a.observedAt - b.observedAt);
    l.domains = [...new Set(l.occurrences.map((o) => o.domain))];
    return l;
  };
  const strongLinks = [...links.values()].map(finish).filter((l) => l.domains.length > 1);
  const corroborating = [...weakShared.values()].map(finish).filter((l) => l.domains.length > 1);

  // Domains outside the cluster that share only weak values with it: shown, never members.
  const neighbours = new Map<string, WeakNeighbour>();
  for (const l of [...weakShared.values()]) {
    if (l.kind === 'registrar') continue; // a registrar has millions of customers: never a neighbour signal
    const found = await holders(l.kind, l.key);
    if (found === 'hub') {
      const id = `${l.kind}\u0000${l.key}`;
      if (!ignored.has(id)) ignored.set(id, { kind: l.kind, key: l.key, display: l.display, reason: 'shared', degree: opts.maxDegree, domains: [...new Set(l.occurrences.map((o) => o.domain))] });
      continue;
    }
    for (const d of found) {
      if (members.has(d)) continue;
      let n = neighbours.get(d);
      if (!n) neighbours.set(d, (n = { domain: d, shared: [], score: 0 }));
      n.shared.push({ kind: l.kind, key: l.key, display: l.display });
      n.score = Math.round((n.score + KIND_WEIGHT[l.kind]) * 100) / 100;
    }
  }
  if (members.size) {
    const list = [...members.keys()];
    for (let i = 0; i < list.length; i += 400) {
      const chunk = list.slice(i, i + 400);
      const rows = await db.all<{ domain: string; created: number | null }>(
        `SELECT domain, MIN(created_at) AS created FROM intel_records WHERE domain IN (${chunk.map(() => '?').join(', ')}) GROUP BY domain`,
        chunk,
      );
      for (const r of rows) if (r.created !== null && r.created !== undefined) members.get(r.domain)!.registered = Number(r.created);
    }
  }

  return {
    start,
    domains: [...members.values()].sort((a, b) => a.depth - b.depth || a.domain.localeCompare(b.domain)),
    links: [...strongLinks, ...corroborating].sort((a, b) => b.weight - a.weight || b.domains.length - a.domains.length || a.key.localeCompare(b.key)),
    ignored: [...ignored.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key)),
    weakNeighbours: [...neighbours.values()].sort((a, b) => b.score - a.score || a.domain.localeCompare(b.domain)),
    truncated,
    options: opts,
  };
}

function emptyLink(kind: ValueKind, key: string, display: string): PivotLink {
  return { kind, key, display, strength: STRONG_KINDS.has(kind) ? 'strong' : 'weak', weight: KIND_WEIGHT[kind], occurrences: [], domains: [] };
}

export class PivotInputError extends Error {
  override name = 'PivotInputError';
}
