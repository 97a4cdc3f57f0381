import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNodeLabel, isRelType } from '../graph/model.ts';

// Cypher lives in cypher/ as named files; code asks for it by name.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');
const cache = new Map<string, string>();

export function cypherFile(relative: string): string {
  let text = cache.get(relative);
  if (text === undefined) {
    text = readFileSync(path.join(root, relative), 'utf8');
    cache.set(relative, text);
  }
  return text;
}

/** A named query from cypher/queries/<name>.cypher. */
export function query(name: string): string {
  return cypherFile(`queries/${name}.cypher`);
}

/**
 * A named query whose labels or relationship type are filled in from the schema's closed lists
 * ({{LABEL}}, {{FROM}}, {{TO}}, {{TYPE}}); anything else is refused, so no user text reaches Cypher.
 */
export function templateQuery(name: string, slots: Record<string, string>): string {
  let text = query(name);
  for (const [slot, value] of Object.entries(slots)) {
    const ok = slot === 'TYPE' ? isRelType(value) : isNodeLabel(value);
    if (!ok) throw new Error(`"${value}" is not a ${slot === 'TYPE' ? 'relationship type' : 'label'} of the schema`);
    text = text.replaceAll(`{{${slot}}}`, value);
  }
  if (/\{\{\w+\}\}/.test(text)) throw new Error(`query ${name} has an unfilled slot`);
  return text;
}

/** Splits a .cypher file of several statements (separated by ';' at line end) into statements. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}
