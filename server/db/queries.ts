import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCOPES, type Scope } from '../../contract/index.ts';
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

/** One `key: value` of a {{PROPS}} slot: a column of `row` (LOAD CSV), as text or converted. */
const ROW_PROPERTY = /`\w+`: (?:row\.`\w+`|(?:toFloat|toBoolean)\(row\.`\w+`\)|split\(row\.`\w+`, \$separator\))/.source;
const ROW_PROPERTY_MAP = new RegExp(`^\\{(?:${ROW_PROPERTY}(?:, ${ROW_PROPERTY})*)?\\}$`);

/** A {{PROPS}} slot holds only column names (letters, digits, _) and the fixed conversions load-csv.ts writes. */
const isRowPropertyMap = (value: string): boolean => ROW_PROPERTY_MAP.test(value);

/** Template queries with other queries glued in (subqueriesFilled), by name and slots. */
const gluedQueries = new Map<string, string>();

/**
 * A named query whose labels or relationship type are filled in from the schema's closed lists
 * ({{LABEL}}, {{FROM}}, {{TO}}, {{TYPE}}), or a {{PROPS}} map of CSV columns; anything else is refused, so no user text reaches Cypher.
 */
export function templateQuery(name: string, slots: Record<string, string>): string {
  let text = query(name);
  const glued = text.includes('{{QUERY:') ? `${name}|${JSON.stringify(slots)}` : undefined;
  const known = glued && gluedQueries.get(glued);
  if (known) return known;
  for (const [slot, value] of Object.entries(slots)) {
    const ok = slot === 'TYPE' ? isRelType(value) : slot === 'PROPS' ? isRowPropertyMap(value) : isNodeLabel(value);
    if (!ok) throw new Error(`"${value}" is not a ${slot === 'TYPE' ? 'relationship type' : slot === 'PROPS' ? 'property map of CSV columns' : 'label'} of the schema`);
    text = text.replaceAll(`{{${slot}}}`, value);
  }
  if (glued) text = periodFilled(subqueriesFilled(text));
  if (/\{\{\w+(:[^}]*)?\}\}/.test(text)) throw new Error(`query ${name} has an unfilled slot`);
  if (glued) gluedQueries.set(glued, text);
  return text;
}

/**
 * Named queries glued into another as the bodies of its subqueries, so that work of several
 * round trips goes in one: `{{QUERY:name(a, b)}}` is the query `name` without its comments, whose
 * parameters $a and $b become the variables a and b the subquery imports.
 */
function subqueriesFilled(text: string): string {
  return text.replace(/\{\{QUERY:([\w-]+)\(([\w, ]*)\)\}\}/g, (_slot, name: string, list: string) => {
    const vars = list.split(',').map((v) => v.trim()).filter(Boolean);
    let body = withoutComments(query(name)).trim();
    for (const v of vars) {
      const param = new RegExp(`\\$${v}(?!\\w)`, 'g');
      if (!param.test(body)) throw new Error(`query ${name} has no parameter $${v}`);
      body = body.replace(param, v);
    }
    return body;
  });
}

const isScope = (kind: string): kind is Scope => (SCOPES as readonly string[]).includes(kind);

/**
 * A named query with the actors of a scope in it: `{{SCOPE}}` becomes the definition of `kind`,
 * `{{SCOPE:sector}}` the definition of that kind. A definition (scope-actors-<kind>.cypher) is the
 * one place that says who is in a scope: the body of a subquery over the node `scope` returning
 * actors `a`, so each caller wraps it in `CALL (scope) { … }` and does its own counting and cutting.
 */
const scoped = new Map<string, string>();

/** `text` with its {{SCOPE}} and {{SCOPE:<kind>}} slots filled (see scopedQuery); `name` names it in errors. */
function scopeFilled(text: string, kind: Scope | undefined, name: string): string {
  // Comment lines go first: they may name a slot.
  const fill = (part: string, depth: number): string =>
    periodFilled(withoutComments(part)).replace(/\{\{SCOPE(?::(\w+))?\}\}/g, (_slot, named: string | undefined) => {
      const k = named ?? kind;
      if (!k || !isScope(k)) throw new Error(`query ${name} asks for scope "${k ?? ''}", not one of ${SCOPES.join(', ')}`);
      if (depth > 3) throw new Error(`scope ${k} includes itself`);
      // Every scope holds only the actors of the period (cypher/period/actor-active.cypher).
      return `CALL (scope) {\n${fill(query(`scope-actors-${k}`), depth + 1)}\n}\nWITH a WHERE ${periodFilled('{{PERIOD:actor-active(a)}}')}\nRETURN a`;
    });
  return fill(text, 0);
}

export function scopedQuery(name: string, kind?: Scope): string {
  const cacheKey = `${name}|${kind ?? ''}`;
  const known = scoped.get(cacheKey);
  if (known !== undefined) return known;
  const text = scopeFilled(query(name), kind, name);
  if (/\{\{\w+(:\w+)?\}\}/.test(text)) throw new Error(`query ${name} has an unfilled slot`);
  scoped.set(cacheKey, text);
  return text;
}

/**
 * A named query that reads a scope in each year of the list $years at once: in it the variable
 * `year` stands for the period ($periodFrom and $periodTo of the period fragments), and
 * `{{SCOPE_YEARS}}`, placed in a subquery that imports `scope` and `year`, becomes the actors `a` of
 * the scope with that year as the period. For that, every subquery of the scope's definition imports
 * `year` and every WITH in it passes it on (the definitions use no variable of that name).
 */
export function yearlyScopedQuery(name: string, kind: Scope): string {
  const cacheKey = `${name}|${kind}|years`;
  const known = scoped.get(cacheKey);
  if (known !== undefined) return known;
  const members = scopeFilled('{{SCOPE}}', kind, name)
    .replace(/\$period(?:From|To)\b/g, 'year')
    .replace(/CALL \(([\w, ]*)\) \{/g, (_call, vars: string) => `CALL (${[...vars.split(',').map((v) => v.trim()).filter(Boolean), 'year'].join(', ')}) {`)
    .replace(/^(\s*WITH (?:DISTINCT )?)(.+?)(\s+WHERE\b.*)?$/gm, (_with, head: string, items: string, where: string | undefined) => `${head}${items}, year${where ?? ''}`);
  const text = periodFilled(withoutComments(query(name)))
    .replace(/\$period(?:From|To)\b/g, 'year')
    .replace('{{SCOPE_YEARS}}', () => members);
  if (/\{\{\w+(:\w+)?\}\}/.test(text)) throw new Error(`query ${name} has an unfilled slot`);
  scoped.set(cacheKey, text);
  return text;
}

/**
 * What a period means is written once, as Cypher expressions in cypher/period/<name>.cypher over the
 * variables their first line names (`// args: p`); a query uses one with `{{PERIOD:name(var, …)}}`,
 * and gets it with its own variable names, in brackets. Where an actor counts on the map is written
 * the same way, in cypher/place/ (`{{PLACE:nuts-of(a)}}`), and what an actor adds to a
 * specialisation measure in cypher/measure/ (`{{MEASURE:categories(a)}}`). They read the parameters $periodFrom,
 * $periodTo (null: no period) and $hideUndated, which every named query gets (rows.ts, NO_PERIOD).
 */
export function periodFilled(text: string, depth = 0): string {
  return text.replace(/\{\{(PERIOD|PLACE|MEASURE):([\w-]+)\(([\w, ]*)\)\}\}/g, (_slot, kind: string, fragment: string, list: string) => {
    if (depth > 3) throw new Error(`${kind.toLowerCase()} fragment ${fragment} includes itself`);
    const source = cypherFile(`${kind.toLowerCase()}/${fragment}.cypher`);
    const params = /^\/\/ args: ([\w, ]+)$/m.exec(source)?.[1]?.split(',').map((v) => v.trim()) ?? [];
    const args = list.split(',').map((v) => v.trim()).filter(Boolean);
    if (args.length !== params.length) throw new Error(`${kind.toLowerCase()} fragment ${fragment} takes ${params.length} variables (${params.join(', ')}), given ${args.length}`);
    const rename = new Map(params.map((v, i) => [v, args[i]!]));
    const body = withoutComments(source)
      .trim()
      .replace(/(?<![.$:\w])([A-Za-z_]\w*)(?!\w)/g, (word: string) => rename.get(word) ?? word);
    return `(${periodFilled(body, depth + 1)})`;
  });
}

/** The Cypher without its comment lines (`// …`): for gluing queries together, or before filling slots. */
export const withoutComments = (cypher: string): string => cypher.replace(/^\s*\/\/.*$/gm, '');

/** Splits a .cypher file of several statements (separated by ';' at line end) into statements. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => withoutComments(s).trim())
    .filter(Boolean);
}
