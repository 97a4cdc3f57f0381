// Control characters other than tab and line breaks are not allowed in XML 1.0.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Text safe inside XML elements and attribute values. */
export const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(CONTROL, '');

export type AttrKind = 'string' | 'double' | 'boolean';

/** The attributes of a set of records, with one XML type each (mixed types become strings). */
export function attributeKinds(records: Record<string, unknown>[], skip: string[]): Map<string, AttrKind> {
  const kinds = new Map<string, AttrKind>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      if (skip.includes(k) || v === null || v === undefined) continue;
      const kind: AttrKind = typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
      const seen = kinds.get(k);
      kinds.set(k, seen && seen !== kind ? 'string' : kind);
    }
  }
  return kinds;
}

/** A value as attribute text: lists joined with "; ", objects as JSON. */
export function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.map(valueText).join('; ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
