import type { GraphDb } from '../db/graph-db.ts';
import type { QueryRef, Writer } from '../db/rows.ts';
import type { SeedGraph } from './validate.ts';

export const BATCH_SIZE = 1000;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function batched(w: Writer, q: QueryRef, rows: object[], params: Record<string, unknown>): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const [result] = await w.rows<{ written: number }>(q, { ...params, rows: rows.slice(i, i + BATCH_SIZE) });
    written += result?.written ?? 0;
  }
  return written;
}

// The seeds use the importer's write queries with no import id: plain MERGEs, nothing staged.
const UNSTAGED = { import: null };

/**
 * Writes a validated graph in one write transaction, in batches of UNWIND … MERGE: either all of
 * it is in the database afterwards or none of it. MERGE on ids makes a second run change nothing.
 */
export async function writeGraph(db: GraphDb, graph: SeedGraph, timeoutMs = 120_000): Promise<void> {
  await db.write(async (w) => {
    const byLabel = groupBy(graph.nodes, (n) => n.label);
    for (const [label, nodes] of byLabel) {
      const rows = nodes.map((n) => ({ id: n.id, props: n.props }));
      await batched(w, { name: 'import-stage-nodes', slots: { LABEL: label } }, rows, { ...UNSTAGED, label });
    }
    // Mentions only once every node, documents included, is in.
    for (const [label, nodes] of byLabel) {
      const mentions = nodes.flatMap((n) => n.mentions.map((m) => ({ id: n.id, ...m })));
      const written = await batched(w, { name: 'import-stage-mentions', slots: { LABEL: label } }, mentions, UNSTAGED);
      if (written !== mentions.length) throw new Error(`only ${written} of ${mentions.length} ${label} mentions found their document`);
    }
    for (const [, links] of groupBy(graph.links, (l) => `${l.type}|${l.from.label}|${l.to.label}`)) {
      const { type, from, to } = links[0]!;
      const rows = links.map((l) => ({ from: l.from.id, to: l.to.id, props: l.props }));
      const written = await batched(w, { name: 'import-stage-links', slots: { TYPE: type, FROM: from.label, TO: to.label } }, rows, {
        ...UNSTAGED,
        type,
        from: from.label,
        to: to.label,
      });
      if (written !== rows.length) throw new Error(`only ${written} of ${rows.length} ${type} links found both ends`);
    }
  }, timeoutMs);
}
