/**
 * Pairwise precision and recall of a clustering against labels: over all pairs of items, a pair is a true
 * positive when both the labels and the clusters put it together. Items labelled null are singletons.
 * Computed from contingency counts, so it is linear in the number of items, not quadratic.
 */
export function pairwiseQuality(items: readonly { label: string | null; cluster: string }[]): { precision: number; recall: number; f1: number; truePairs: number; predictedPairs: number } {
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const byLabel = new Map<string, number>();
  const byCluster = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const { label, cluster } of items) {
    byCluster.set(cluster, (byCluster.get(cluster) ?? 0) + 1);
    if (label === null) continue;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
    const both = `${label}\u0000${cluster}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of byBoth.values()) tp += pairs(n);
  let truePairs = 0;
  for (const n of byLabel.values()) truePairs += pairs(n);
  let predictedPairs = 0;
  for (const n of byCluster.values()) predictedPairs += pairs(n);
  const precision = predictedPairs === 0 ? 1 : tp / predictedPairs;
  const recall = truePairs === 0 ? 1 : tp / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs, predictedPairs };
}
