import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { RELATIONSHIPS, SAME_LABEL_TYPES, type NodeLabel } from '../server/graph/model.ts';
import { cellKinds } from '../server/importer/coerce.ts';
import { propertyMap } from '../server/importer/load-csv.ts';
import { rowShape } from '../server/importer/rows.ts';
import { targetOf } from '../server/importer/targets.ts';

// Neo4j's own bulk path for the import-throughput benchmark: LOAD CSV … CALL { … } IN
// TRANSACTIONS statements that write the same nodes, relationships and properties (same types)
// as the project's importer from the same files. Column names come from the file headers,
// checked against the importer's row schema before they reach Cypher.

async function header(file: string): Promise<string[]> {
  for await (const record of createReadStream(file).pipe(parse({ to_line: 1 }))) return record as string[];
  return [];
}

/** The Cypher map of a row's properties, typed as the importer types them (lists split on `;` as in the files). */
const propertyMapOf = (shape: ReturnType<typeof rowShape>, columns: string[]): string => propertyMap(columns, cellKinds(shape.shape as never), "';'");

/** An end of a link: its label and the expression of its id (without a `Label:` prefix, and the filter that picks it). */
function ends(labels: readonly NodeLabel[], column: 'from' | 'to'): { label: NodeLabel; id: string; filter?: string }[] {
  if (labels.length === 1) return [{ label: labels[0]!, id: `row.\`${column}\`` }];
  return labels.map((label) => ({ label, id: `substring(row.\`${column}\`, ${label.length + 1})`, filter: `row.\`${column}\` STARTS WITH '${label}:'` }));
}

/** The LOAD CSV statements for the files of a folder, documents first, then nodes, then links. */
export async function loadCsvStatements(folder: string, files: string[], rowsPerTransaction: number): Promise<string[]> {
  const nodes: string[] = [];
  const links: string[] = [];
  for (const name of files) {
    const found = targetOf(name);
    if ('error' in found) throw new Error(`${name}: ${found.error}`);
    const { target } = found;
    const shape = rowShape(target);
    const columns = await header(path.join(folder, name));
    const load = `LOAD CSV WITH HEADERS FROM 'file:///${name}' AS row`;
    const tail = `} IN TRANSACTIONS OF ${rowsPerTransaction} ROWS`;
    if (target.kind === 'node') {
      const props = propertyMapOf(shape, columns.filter((c) => !['id', 'sources', 'evidence'].includes(c)));
      const mentions = columns.includes('sources')
        ? `\n  WITH n, row\n  UNWIND split(row.sources, ';') AS doc\n  MATCH (d:Document {id: doc})\n  MERGE (n)-[:MENTIONED_IN {section: 'import: ${name}', quote: coalesce(row.evidence, row.name)}]->(d)`
        : '';
      const statement = `${load}\nCALL (row) {\n  MERGE (n:${target.label} {id: row.id})\n  SET n += ${props}${mentions}\n${tail}`;
      if (target.label === 'Document') nodes.unshift(statement);
      else nodes.push(statement);
      continue;
    }
    const spec = RELATIONSHIPS[target.type];
    const props = propertyMapOf(shape, columns.filter((c) => c !== 'from' && c !== 'to'));
    for (const a of ends(spec.from, 'from')) {
      for (const b of ends(spec.to, 'to')) {
        if (SAME_LABEL_TYPES.includes(target.type) && a.label !== b.label) continue;
        const filters = [a.filter, b.filter].filter(Boolean);
        links.push(
          `${load}\n${filters.length ? `WITH row WHERE ${filters.join(' AND ')}\n` : ''}CALL (row) {\n  MATCH (a:${a.label} {id: ${a.id}})\n  MATCH (b:${b.label} {id: ${b.id}})\n  MERGE (a)-[r:${target.type}]->(b)\n  SET r += ${props}\n${tail}`,
        );
      }
    }
  }
  return [...nodes, ...links];
}
