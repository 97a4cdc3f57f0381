import { readdirSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseExample } from '../../../server/console/examples.ts';
import { checkText, QueryRefused } from '../../../server/console/guard.ts';
import { checkPlan } from '../../../server/console/plan-check.ts';
import { serialise } from '../../../server/db/console-values.ts';

const rule = (query: string) => {
  try {
    checkText(query);
    return 'allowed';
  } catch (err) {
    if (err instanceof QueryRefused) return err.refusal.rule;
    throw err;
  }
};

describe('the console text check', () => {
  it('lets ordinary reads through, including properties and map keys named like keywords', () => {
    for (const q of [
      'MATCH (p:Project) RETURN p.start, p.end ORDER BY p.start',
      "RETURN {set: 1, create: 2, `delete`: 3} AS m",
      "MATCH (n) WHERE n.name CONTAINS 'DELETE' RETURN n // DETACH DELETE in a comment",
      'CALL db.labels() YIELD label RETURN label',
      "CALL db.index.fulltext.queryNodes('names', 'imec') YIELD node RETURN node",
      'RETURN date.truncate("month", date()) AS d, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS p',
      'MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN n, c',
      'MATCH (n:Actor) RETURN n LIMIT 5;',
    ]) {
      expect(rule(q), q).toBe('allowed');
    }
  });

  it('strips one trailing semicolon and refuses a second statement', () => {
    expect(checkText('RETURN 1 ;  ')).toBe('RETURN 1 ');
    expect(rule('RETURN 1; RETURN 2')).toBe('multiple-statements');
  });

  it('names the rule and points at the offending word', () => {
    try {
      checkText('MATCH (n)\n  DETACH DELETE n');
      expect.unreachable();
    } catch (err) {
      expect((err as QueryRefused).refusal).toMatchObject({ rule: 'write', position: { line: 2, column: 3, offset: 12 } });
    }
  });

  it('refuses procedures and functions outside the allowlist however they are spelled', () => {
    expect(rule('CALL dbms.components()')).toBe('procedure');
    expect(rule('CALL `db`.`createLabel`("X")')).toBe('procedure');
    expect(rule('CALL db . /* x */ createLabel("X")')).toBe('procedure');
    expect(rule('RETURN apoc . version ( )')).toBe('function');
    expect(rule('RETURN `apoc.version`()')).toBe('function');
  });
});

describe('the console plan check', () => {
  const op = (operatorType: string, Details = '', children: never[] = []) => ({ operatorType, arguments: { Details }, children });
  it('refuses anything Neo4j does not plan as a read', () => {
    expect(() => checkPlan('w', op('ProduceResults@neo4j'))).toThrow(/writes/);
    expect(() => checkPlan('s', op('CreateIndex@neo4j'))).toThrow(/schema/);
    expect(() => checkPlan('r', op('ProduceResults@neo4j'))).not.toThrow();
  });
  it('refuses LOAD CSV, batched transactions and procedures found anywhere in the plan', () => {
    const plan = (child: ReturnType<typeof op>) => ({ ...op('ProduceResults@neo4j'), children: [child] as never[] });
    expect(() => checkPlan('r', plan(op('LoadCSV@neo4j', 'row')))).toThrow(/LOAD CSV/);
    expect(() => checkPlan('r', plan(op('TransactionForeach@neo4j')))).toThrow(/IN TRANSACTIONS/);
    expect(() => checkPlan('r', plan(op('ProcedureCall@neo4j', 'dbms.components() :: (name :: STRING)')))).toThrow(/dbms.components/);
    expect(() => checkPlan('r', plan(op('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)')))).not.toThrow();
    expect(() => checkPlan('r', plan(op('Projection@neo4j', 'apoc.text.join(x, $s) AS y')))).toThrow(/apoc.text.join/);
  });
});

describe('console values', () => {
  it('keeps 64-bit integers exact: numbers within 2^53, strings beyond', () => {
    expect(serialise(neo4j.int(42))).toBe(42);
    expect(serialise(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(serialise(neo4j.int('-9223372036854775808'))).toBe('-9223372036854775808');
    expect(serialise([Number.NaN, Number.POSITIVE_INFINITY, 1.5])).toEqual(['NaN', 'Infinity', 1.5]);
  });
  it('writes temporal values as ISO 8601 and points with their reference system', () => {
    expect(serialise(new neo4j.types.Date(neo4j.int(2024), neo4j.int(2), neo4j.int(29)))).toBe('2024-02-29');
    expect(serialise(new neo4j.types.Duration(neo4j.int(14), neo4j.int(3), neo4j.int(0), neo4j.int(0)))).toBe('P1Y2M3D');
    expect(serialise(new neo4j.types.Point(neo4j.int(4326), 4.4, 51.2))).toEqual({ $type: 'point', srid: 4326, x: 4.4, y: 51.2 });
  });
});

describe('the example library', () => {
  it('every example has a title and a description and its query has no header left in it', () => {
    const files = readdirSync('cypher/examples').filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      const ex = parseExample(f, readFileSync(`cypher/examples/${f}`, 'utf8'));
      expect(ex.title.length, f).toBeGreaterThan(10);
      expect(ex.description.length, f).toBeGreaterThan(30);
      expect(ex.query).not.toMatch(/^\/\/ (title|description):/m);
      expect(rule(ex.query), f).toBe('allowed');
    }
  });
});
