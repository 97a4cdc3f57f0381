import type { GraphDb } from '../../server/db/graph-db.ts';

// A generated network with dated history for the learned ranker's tests: four groups of
// ten organisations that keep working together from 2012, and from 2016 on meet members of the
// next group: new partnerships to learn from. Every third has a long name in capitals, as the
// publisher of CORDIS writes them, for the views to wrap.

const GROUPS = 4;
const SIZE = 10;
const HELIX = ['industry', 'academia', 'government', 'civil_society'] as const;

export function learnedNetwork() {
  const actors = Array.from({ length: GROUPS * SIZE }, (_, i) => ({ id: `gen-${i}`, name: i % 3 ? `Generated ${i}` : `INSTITUTO NACIONAL DE INVESTIGACION Y TECNOLOGIA AGRARIA Y ALIMENTARIA GENERATED ${i}`, helix: HELIX[i % 4], country: i % 3 ? 'BE' : 'NL' }));
  const projects: { id: string; name: string; start: string; members: string[] }[] = [];
  for (let year = 2012; year <= 2020; year++) {
    for (let g = 0; g < GROUPS; g++) {
      for (let k = 0; k < 2; k++) {
        const members = [0, 1, 2, 3].map((m) => `gen-${g * SIZE + ((m * 3 + year + k * 5) % SIZE)}`);
        if (year >= 2016) members.push(`gen-${((g + 1) % GROUPS) * SIZE + ((year * 7 + k * 3) % SIZE)}`);
        projects.push({ id: `gen-p-${year}-${g}-${k}`, name: `Project ${year} ${g} ${k}`, start: `${year}-03-01`, members: [...new Set(members)] });
      }
    }
  }
  return { actors, projects };
}

/** An actor of the first group, which meets the second from 2016 on. */
export const ASKER = 'Actor:gen-3';

/** Writes the network into an empty test database. */
export async function writeLearnedNetwork(db: GraphDb): Promise<void> {
  const { actors, projects } = learnedNetwork();
  await db.writeCypher(`UNWIND $actors AS a CREATE (:Actor {id: a.id, name: a.name, helix: a.helix, country: a.country})`, { actors });
  await db.writeCypher(
    `UNWIND $projects AS p CREATE (project:Project {id: p.id, name: p.name, start: p.start})
     WITH project, p UNWIND p.members AS m MATCH (a:Actor {id: m}) CREATE (a)-[:PARTICIPATES_IN]->(project)`,
    { projects },
  );
}
