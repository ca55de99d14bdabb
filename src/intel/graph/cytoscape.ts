/**
 * A pivot result as graph elements (nodes and edges) in the shape cytoscape.js takes, for the
 * dashboard: domains and values as nodes, each domain→value edge labelled with its snapshot years.
 */
import { explainLink, linkValueText, type Lang } from './explain.js';
import type { PivotResult } from './pivot.js';

export interface PivotGraph {
  nodes: { data: { id: string; label: string; type: string; member?: boolean; strength?: string } }[];
  edges: { data: { id: string; source: string; target: string; label: string } }[];
  explanations: string[];
}

export function pivotGraph(result: PivotResult, lang: Lang = 'en'): PivotGraph {
  const nodes: PivotGraph['nodes'] = [];
  const edges: PivotGraph['edges'] = [];
  for (const m of result.domains) nodes.push({ data: { id: `domain:${m.domain}`, label: m.domain, type: 'domain', member: true } });
  for (const n of result.weakNeighbours) nodes.push({ data: { id: `domain:${n.domain}`, label: n.domain, type: 'domain', member: false } });
  for (const l of result.links) {
    const id = `${l.kind}:${l.key}`;
    nodes.push({ data: { id, label: linkValueText(l), type: l.kind, strength: l.strength } });
    const years = new Map<string, Set<number>>();
    for (const o of l.occurrences) {
      const s = years.get(o.domain) ?? new Set<number>();
      s.add(new Date(o.observedAt).getUTCFullYear());
      years.set(o.domain, s);
    }
    for (const [d, ys] of years) edges.push({ data: { id: `${id}|${d}`, source: `domain:${d}`, target: id, label: [...ys].sort().join(', ') } });
  }
  const valueIds = new Set(nodes.map((n) => n.data.id));
  for (const n of result.weakNeighbours) {
    for (const s of n.shared) {
      const id = `${s.kind}:${s.key}`;
      if (!valueIds.has(id)) {
        valueIds.add(id);
        nodes.push({ data: { id, label: s.kind === 'nameserver' ? s.key : s.display, type: s.kind, strength: 'weak' } });
      }
      edges.push({ data: { id: `${id}|${n.domain}`, source: `domain:${n.domain}`, target: id, label: 'weak' } });
    }
  }
  const ids = new Set(nodes.map((n) => n.data.id));
  return {
    nodes,
    edges: edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)),
    explanations: result.links.filter((l) => l.strength === 'strong').map((l) => explainLink(l, lang)),
  };
}
