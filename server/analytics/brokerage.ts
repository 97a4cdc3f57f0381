/**
 * Gould–Fernandez brokerage counts for one broker. In the directed original (Gould &
 * Fernandez 1989; UCINET's Network > Ego networks > Brokerage) a broker b on an open two-path
 * a → b → c is a gatekeeper when it shares its group with c only and a representative when it
 * shares it with a only. An undirected tie carries both directions, so every open triad
 * a – b – c with b in exactly one of the end groups is at once a gatekeeper path (a → b → c)
 * and a representative path (c → b → a): the two counts are always equal and separating them
 * would only invent a direction the data does not have. They are reported as one count.
 */
export interface BrokerageCounts {
  /** a, b and c all in one group. */
  coordinator: number;
  /** b shares its group with exactly one of a and c. */
  gatekeeperRepresentative: number;
  /** a and c in one group, b in another (also called itinerant broker). */
  consultant: number;
  /** a, b and c in three different groups. */
  liaison: number;
  total: number;
}

export interface BrokerageResult {
  byNode: Record<string, BrokerageCounts>;
  totals: BrokerageCounts;
}

export function emptyBrokerage(): BrokerageCounts {
  return { coordinator: 0, gatekeeperRepresentative: 0, consultant: 0, liaison: 0, total: 0 };
}

/**
 * Counts, for every broker b, each unordered pair {a, c} of b's neighbours that are not tied to
 * each other (one point per pair and broker, however many other brokers the pair has), and
 * classifies it by the groups of a, b and c.
 */
export function brokerage(
  neighbors: ReadonlyMap<string, ReadonlySet<string>>,
  groupOf: (id: string) => string,
): BrokerageResult {
  const byNode: Record<string, BrokerageCounts> = {};
  const totals = emptyBrokerage();
  for (const [b, around] of neighbors) {
    const counts = emptyBrokerage();
    const alters = [...around];
    const gb = groupOf(b);
    for (let i = 0; i < alters.length; i++) {
      const a = alters[i]!;
      const ga = groupOf(a);
      for (let j = i + 1; j < alters.length; j++) {
        const c = alters[j]!;
        if (neighbors.get(a)?.has(c)) continue;
        const gc = groupOf(c);
        const role = roleOf(ga, gb, gc);
        counts[role]++;
        counts.total++;
        totals[role]++;
        totals.total++;
      }
    }
    byNode[b] = counts;
  }
  return { byNode, totals };
}

function roleOf(ga: string, gb: string, gc: string): Exclude<keyof BrokerageCounts, 'total'> {
  if (ga === gc) return ga === gb ? 'coordinator' : 'consultant';
  if (ga === gb || gc === gb) return 'gatekeeperRepresentative';
  return 'liaison';
}
