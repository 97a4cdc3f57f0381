// Ranking quality for one asker: `order` is the candidates best first, `relevant` the ones that
// really became partners.

export function precisionAt(order: string[], relevant: Set<string>, k: number): number {
  if (k <= 0) return 0;
  let hits = 0;
  for (const id of order.slice(0, k)) if (relevant.has(id)) hits++;
  return hits / k;
}

export function recallAt(order: string[], relevant: Set<string>, k: number): number {
  if (!relevant.size) return 0;
  let hits = 0;
  for (const id of order.slice(0, k)) if (relevant.has(id)) hits++;
  return hits / relevant.size;
}

export function averagePrecision(order: string[], relevant: Set<string>): number {
  if (!relevant.size) return 0;
  let hits = 0;
  let sum = 0;
  order.forEach((id, i) => {
    if (relevant.has(id)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant.size;
}

/**
 * ROC AUC from scores: the chance that a random relevant candidate scores above a random other
 * one, equal scores counting one half (Mann–Whitney with average ranks).
 */
export function rocAuc(scores: Map<string, number>, relevant: Set<string>): number {
  const entries = [...scores.entries()].sort((a, b) => a[1] - b[1]);
  const positives = entries.filter(([id]) => relevant.has(id)).length;
  const negatives = entries.length - positives;
  if (!positives || !negatives) return 0.5;
  let rankSum = 0;
  for (let i = 0; i < entries.length; ) {
    let j = i;
    while (j < entries.length && entries[j]![1] === entries[i]![1]) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (relevant.has(entries[k]![0])) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
