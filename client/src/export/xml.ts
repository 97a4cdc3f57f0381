// Characters XML 1.0 forbids anywhere in a document: C0 controls other than tab and line breaks,
// U+FFFE, U+FFFF and unpaired surrogates. A parser (Gephi, yEd, a browser) refuses the whole file
// over one of them, so they are dropped.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without the characters XML 1.0 forbids. */
export const xmlAllowed = (s: string) => s.replace(FORBIDDEN, '');

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text safe inside XML elements and attribute values: markup escaped, forbidden characters dropped,
 * and tab and line breaks as character references (a parser would turn them into spaces in an attribute).
 */
export const escapeXml = (s: string) => xmlAllowed(s).replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);

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
