import { csvField } from '../../export/csv.ts';
import type { Value } from '../../api/client.ts';

// How console values read in a table cell and a CSV field: nodes as (:Label {name}),
// relationships as [:TYPE], paths as their chain of names.

type Tagged = { $type?: string; [k: string]: Value | undefined };

const nodeText = (n: Tagged) => {
  const props = (n.properties ?? {}) as Record<string, Value>;
  const name = props.name ?? props.title ?? props.id;
  return `(:${((n.labels as string[]) ?? []).join(':')}${name !== undefined ? ` ${String(name)}` : ''})`;
};

export function cellText(v: Value): string {
  if (v === null) return 'null';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  const t = v as Tagged;
  switch (t.$type) {
    case 'node':
      return nodeText(t);
    case 'relationship':
      return `[:${String(t.type)}]`;
    case 'path': {
      const nodes = (t.nodes as Tagged[]) ?? [];
      const rels = (t.relationships as Tagged[]) ?? [];
      return nodes.map((n, i) => nodeText(n) + (rels[i] ? `-[:${String(rels[i].type)}]-` : '')).join('');
    }
    case 'point':
      return `point({srid: ${String(t.srid)}, x: ${String(t.x)}, y: ${String(t.y)}${t.z === undefined ? '' : `, z: ${String(t.z)}`}})`;
    default:
      return `{${Object.entries(v).map(([k, x]) => `${k}: ${cellText(x)}`).join(', ')}}`;
  }
}

/** Sort order for a column: numbers numerically, everything else by its text. */
export function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true });
}

/** The rows as CSV: scalars as they are, nodes, relationships, lists and maps as JSON. */
export function rowsToCsv(columns: string[], rows: Record<string, Value>[]): string {
  const field = (v: Value) => csvField(v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : v);
  return [columns.map((c) => csvField(c)).join(','), ...rows.map((r) => columns.map((c) => field(r[c] ?? null)).join(','))].join('\r\n') + '\r\n';
}
