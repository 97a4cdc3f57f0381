import type { GraphElements } from '../api/client.ts';
import { valueText } from './xml.ts';

// Cells a spreadsheet would read as a formula (OWASP, "CSV injection"): names come from imports,
// so a cell starting with one of these gets a leading apostrophe, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number ("-3", "+1.5e3") is no formula and keeps its value.
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A text cell a spreadsheet will not evaluate; every CSV the client writes goes through it. */
export function neutraliseCell(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** One CSV field (RFC 4180): neutralised if it could be a formula, quoted when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' || typeof v === 'boolean' ? String(v) : neutraliseCell(valueText(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function table(records: Record<string, unknown>[], first: string[]): string {
  const rest = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if (!first.includes(k)) rest.add(k);
  const columns = [...first, ...[...rest].sort()];
  return [columns.map(csvField).join(','), ...records.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** The visible nodes and links as two CSV tables (Gephi's and spreadsheets' node and edge lists). */
export function toCSV(g: GraphElements): { nodes: string; edges: string } {
  return {
    nodes: table(g.nodes.map((n) => n.data), ['id', 'label', 'type', 'helix']),
    edges: table(g.edges.map((e) => e.data), ['id', 'source', 'target', 'type', 'weight']),
  };
}
