import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypherFile, periodFilled, query, scopedQuery, statements, templateQuery, withoutComments, yearlyScopedQuery } from '../../server/db/queries.ts';
import { NODE_LABELS } from '../../server/graph/model.ts';

describe('named Cypher files', () => {
  it('the schema has a uniqueness constraint on id for every label and a full-text index on names', () => {
    const schema = statements(cypherFile('schema.cypher'));
    for (const label of NODE_LABELS) {
      expect(schema.some((s) => s.includes(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`)), label).toBe(true);
    }
    expect(schema.some((s) => s.includes('CREATE FULLTEXT INDEX names IF NOT EXISTS'))).toBe(true);
    expect(schema.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });

  it('every named query can be loaded by its name', () => {
    for (const file of readdirSync('cypher/queries').filter((f) => f.endsWith('.cypher'))) {
      expect(query(file.replace(/\.cypher$/, '')).length).toBeGreaterThan(10);
    }
  });

  it('fills label and type slots only from the schema’s closed lists', () => {
    expect(templateQuery('import-stage-nodes', { LABEL: 'Actor' })).toContain('MERGE (n:Actor {id: row.id})');
    expect(() => templateQuery('import-stage-nodes', { LABEL: 'Actor {id: 1}) DETACH DELETE n //' })).toThrow(/not a label of the schema/);
    expect(() => templateQuery('import-stage-links', { TYPE: 'KNOWS', FROM: 'Actor', TO: 'Actor' })).toThrow(/not a relationship type/);
    expect(() => templateQuery('import-stage-links', { TYPE: 'MEMBER_OF' })).toThrow(/unfilled slot/);
  });

  it('glues named queries into another as subqueries, their parameters turned into the variables it passes', () => {
    const text = templateQuery('expand-one-hop', { LABEL: 'Region' });
    expect(text).toContain('MATCH (n:Region {id: key})');
    // The hop and the graph are the files' own text, reading the subqueries' variables.
    expect(text).toContain('elementId(a) IN frontier');
    expect(text).toContain('NOT elementId(b) IN seen');
    expect(text).toContain('USING JOIN ON b');
    expect(text).toContain('elementId(a) IN ids AND elementId(b) IN ids');
    expect(text).not.toMatch(/\$(frontier|seen|ids)\b|\{\{/);
    // What stays a parameter of the glued queries is still one.
    expect(text).toContain('$take');
    expect(text).toContain(periodFilled('{{PERIOD:link-weight(a, r, b)}}'));
    expect(() => templateQuery('expand-one-hop', { LABEL: 'Nothing' })).toThrow(/not a label of the schema/);
  });

  it('puts the one definition of each scope kind into the queries that ask for it, and nothing else', () => {
    const definition = (kind: string) => periodFilled(withoutComments(query(`scope-actors-${kind}`))).trim();
    const sector = definition('sector');
    expect(scopedQuery('sector-profile')).toContain(sector);
    expect(scopedQuery('sector-members')).toContain(sector);
    expect(scopedQuery('scope-actors', 'sector')).toContain(sector);
    // A policy's actors include the actors of the sectors it prioritises.
    expect(scopedQuery('scope-actors', 'policy')).toContain(sector);
    expect(scopedQuery('partners-regions')).toContain(definition('region'));
    expect(() => scopedQuery('scope-actors')).toThrow(/asks for scope ""/);
    expect(() => scopedQuery('scope-actors', 'galaxy' as never)).toThrow(/not one of all, sector/);
    for (const name of ['scope-actors', 'sector-profile', 'sector-members', 'partners-regions']) expect(scopedQuery(name, 'all')).not.toMatch(/\{\{/);
  });

  it('writes what a period means once (cypher/period/), put into queries with their own variable names', () => {
    const scope = scopedQuery('scope-actors', 'region');
    // Every scope keeps only the actors of the period.
    expect(scope).toContain(periodFilled('{{PERIOD:actor-active(a)}}'));
    const onProject = periodFilled('{{PERIOD:project-active(n)}}');
    expect(onProject).toContain('n.start');
    expect(onProject).not.toMatch(/\bp\.start/);
    // A fragment inside a fragment gets the caller's names too.
    const weight = periodFilled('{{PERIOD:link-weight(x, rel, y)}}');
    expect(weight).toContain('endNode(rel)');
    expect(weight).toContain('(x)-[:PARTICIPATES_IN]->(shared:Project)<-[:PARTICIPATES_IN]-(y)');
    expect(weight).not.toMatch(/\{\{/);
    expect(() => periodFilled('{{PERIOD:link-weight(a)}}')).toThrow(/takes 3 variables/);
    for (const name of ['overview', 'graph-of', 'scope-links', 'expand-hop', 'neighbours-of', 'sector-members']) expect(scopedQuery(name)).toContain('$periodFrom');
  });

  it('reads a scope year by year with the variable year as the period, carried through every subquery and WITH', () => {
    for (const kind of ['all', 'sector', 'region', 'project', 'policy'] as const) {
      const text = yearlyScopedQuery('scope-years', kind);
      expect(text, kind).not.toMatch(/\$period(From|To)|\{\{/);
      // Each actor is kept only when active in that year.
      expect(text, kind).toContain(`WITH a, year WHERE ${periodFilled('{{PERIOD:actor-active(a)}}').replace(/\$period(From|To)/g, 'year')}`);
      expect(text, kind).toContain('CALL (scope, year) {');
    }
    // A policy's sectors are read in the same year.
    const policy = yearlyScopedQuery('scope-years', 'policy');
    for (const part of ['WITH DISTINCT sector, year', 'CALL (sector, year) {', 'WITH sector AS scope, year']) expect(policy).toContain(part);
  });
});
