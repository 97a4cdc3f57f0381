import type { AlignmentMatrix } from '../../contract/index.ts';
import { POLICY_LEVELS, REGION_LEVELS } from '../graph/model.ts';

// The policy alignment matrix of the source study's Table 13 as a pure function: rows are
// policies (or the regions they cover), columns the sectors they prioritise.

export interface PrioritisesRow {
  policy: string;
  policyName: string;
  policyLevel: string | null;
  sector: string;
  sectorName: string;
  sectorNameEn: string | null;
  inferred: boolean;
  regions: { id: string | null; name: string | null; level: string | null }[];
}

const rank = (levels: readonly string[], level: string | null) => (level === null ? levels.length : levels.indexOf(level) + 1 || levels.length);

export function alignmentMatrix(links: readonly PrioritisesRow[], rowsBy: 'policies' | 'regions'): AlignmentMatrix {
  const rows = new Map<string, AlignmentMatrix['rows'][number]>();
  const columns = new Map<string, AlignmentMatrix['columns'][number]>();
  const cells = new Map<string, AlignmentMatrix['cells'][number]>();
  for (const link of links) {
    const owners =
      rowsBy === 'policies'
        ? [{ id: `Policy:${link.policy}`, label: link.policyName, level: link.policyLevel }]
        : link.regions.filter((g) => g.id !== null).map((g) => ({ id: `Region:${g.id}`, label: g.name ?? g.id!, level: g.level }));
    const column = `Sector:${link.sector}`;
    if (owners.length) columns.set(column, { id: column, label: link.sectorName, labelEn: link.sectorNameEn });
    for (const owner of owners) {
      rows.set(owner.id, owner);
      const key = `${owner.id}\u0000${column}`;
      const cell = cells.get(key) ?? { row: owner.id, column, value: 0, inferred: true, policies: [] };
      cell.value++;
      cell.inferred &&= link.inferred;
      cell.policies.push(`Policy:${link.policy}`);
      cells.set(key, cell);
    }
  }
  const levels = rowsBy === 'policies' ? POLICY_LEVELS : REGION_LEVELS;
  const rowList = [...rows.values()].sort((a, b) => rank(levels, a.level) - rank(levels, b.level) || a.id.localeCompare(b.id));
  // Sectors on which most rows agree come first.
  const support = new Map<string, number>();
  for (const c of cells.values()) support.set(c.column, (support.get(c.column) ?? 0) + 1);
  const columnList = [...columns.values()].sort((a, b) => support.get(b.id)! - support.get(a.id)! || a.id.localeCompare(b.id));
  return { rows: rowList, columns: columnList, cells: [...cells.values()] };
}
