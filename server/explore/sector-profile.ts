import type { AlignmentMatrix, SectorProfile } from '../../contract/index.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { GraphNode } from '../db/rows.ts';
import { elementId } from '../graph/elements.ts';
import { HELICES } from '../graph/model.ts';
import { alignmentMatrix, type PrioritisesRow } from './alignment-matrix.ts';
import { resolveNodeIds } from './node-ids.ts';
import { periodParams, periodSummary, type PeriodInput } from './period.ts';

type FigureRow = Omit<SectorProfile['figures'][number], 'source'> & { sourceSector: string; sourceSectorName: string | null; table: string | null };

interface ProfileRow {
  s: GraphNode;
  figures: FigureRow[];
  subsectors: { id: string; name: string; nameEn: string | null; kind: string | null }[];
  actors: { id: string; name: string; helix: string | null; kind: string | null }[];
  technologies: { id: string; name: string; nameEn: string | null; ket: boolean | null }[];
  policies: { id: string; name: string; level: string | null; issuers: string[]; sector: string; inferred: boolean }[];
}

/** Everything the sector page shows about one sector; its actors those of the period when one is given. */
export async function sectorProfile(db: GraphDb, id: string, period: PeriodInput = {}): Promise<SectorProfile> {
  return db.reading(async (read) => {
    const eid = (await resolveNodeIds(read, [id], 'id')).get(id)!;
    const [row] = await read.rows<ProfileRow>('sector-profile', { eid, ...periodParams(period) });
    const { s, actors, policies } = row!;
    const key = String(s.properties.id);
    const actorsByHelix: SectorProfile['actorsByHelix'] = Object.fromEntries(HELICES.map((h) => [h, []]));
    for (const a of actors) {
      (actorsByHelix[a.helix ?? 'unknown'] ??= []).push({ id: elementId('Actor', a.id), label: a.name, ...(a.kind ? { kind: a.kind } : {}) });
    }
    return {
      sector: { id, label: String(s.properties.name ?? key), props: s.properties },
      figures: row!.figures.map(({ sourceSector, sourceSectorName, table, ...f }) => ({
        ...f,
        source: { sector: elementId('Sector', sourceSector), label: sourceSectorName ?? sourceSector, table },
      })),
      subsectors: row!.subsectors.map((x) => ({
        id: elementId('Sector', x.id),
        label: x.name,
        ...(x.nameEn ? { nameEn: x.nameEn } : {}),
        ...(x.kind ? { kind: x.kind } : {}),
      })),
      actorsByHelix,
      technologies: row!.technologies.map((t) => ({
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
      period: periodSummary(period),
    };
  });
}

/** Policies (or the regions they cover) × the sectors they prioritise. */
export async function alignment(db: GraphDb, rows: 'policies' | 'regions'): Promise<AlignmentMatrix> {
  return alignmentMatrix(await db.rows<PrioritisesRow>('alignment-policies'), rows);
}
