import type { Node } from 'neo4j-driver';
import type { AlignmentMatrix, SectorProfile } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { query, scopedQuery } from '../db/queries.ts';
import { elementId } from '../graph/elements.ts';
import { HELICES } from '../graph/model.ts';
import { alignmentMatrix, type PrioritisesRow } from './alignment-matrix.ts';
import { resolveNodeIds } from './node-ids.ts';

type Props = Record<string, unknown>;

/** Everything the sector page shows about one sector. */
export async function sectorProfile(db: GraphDb, id: string): Promise<SectorProfile> {
  return db.readAll(async (tx) => {
    const eid = (await resolveNodeIds(tx, [id], 'id')).get(id)!;
    const row = (await tx.run(scopedQuery('sector-profile'), { eid })).records[0]!;
    const s = row.get('s') as Node;
    const key = String(s.properties.id);
    const actors = row.get('actors') as { id: string; name: string; helix: string | null; kind: string | null }[];
    const actorsByHelix: SectorProfile['actorsByHelix'] = Object.fromEntries(HELICES.map((h) => [h, []]));
    for (const a of actors) {
      (actorsByHelix[a.helix ?? 'unknown'] ??= []).push({ id: elementId('Actor', a.id), label: a.name, ...(a.kind ? { kind: a.kind } : {}) });
    }
    const policies = row.get('policies') as { id: string; name: string; level: string | null; issuers: string[]; sector: string; inferred: boolean }[];
    return {
      sector: { id, label: String(s.properties.name ?? key), props: s.properties as Props },
      figures: row.get('figures') as SectorProfile['figures'],
      subsectors: (row.get('subsectors') as { id: string; name: string; nameEn: string | null; kind: string | null }[]).map((x) => ({
        id: elementId('Sector', x.id),
        label: x.name,
        ...(x.nameEn ? { nameEn: x.nameEn } : {}),
        ...(x.kind ? { kind: x.kind } : {}),
      })),
      actorsByHelix,
      technologies: (row.get('technologies') as { id: string; name: string; nameEn: string | null; ket: boolean | null }[]).map((t) => ({
        id: elementId('Technology', t.id),
        label: t.name,
        ...(t.nameEn ? { nameEn: t.nameEn } : {}),
        ...(t.ket !== null ? { ket: t.ket } : {}),
      })),
      policies: policies.map((p) => ({
        id: elementId('Policy', p.id),
        label: p.name,
        level: p.level,
        issuer: p.issuers.length ? p.issuers.join(', ') : null,
        ...(p.sector !== key ? { via: elementId('Sector', p.sector) } : {}),
        inferred: p.inferred,
      })),
    };
  });
}

/** Policies (or the regions they cover) × the sectors they prioritise. */
export async function alignment(db: GraphDb, rows: 'policies' | 'regions'): Promise<AlignmentMatrix> {
  return alignmentMatrix(await db.read<PrioritisesRow>(query('alignment-policies')), rows);
}
