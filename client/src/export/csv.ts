import type { GraphElements } from '../api/client.ts';
import { valueText } from './xml.ts';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = valueText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(records: Record<string, unknown>[], first: string[]): string {
  const rest = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if (!first.includes(k)) rest.add(k);
  const columns = [...first, ...[...rest].sort()];
  return [columns.join(','), ...records.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** The visible nodes and links as two CSV tables (Gephi's and spreadsheets' node and edge lists). */
export function toCSV(g: GraphElements): { nodes: string; edges: string } {
  return {
    nodes: table(g.nodes.map((n) => n.data), ['id', 'label', 'type', 'helix']),
    edges: table(g.edges.map((e) => e.data), ['id', 'source', 'target', 'type', 'weight']),
  };
}
