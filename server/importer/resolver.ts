import type { GraphDb } from '../db/graph-db.ts';
import { isNodeLabel, type NodeLabel } from '../graph/model.ts';

/** Ids of nodes by label: those in the import files, and those found in the database. */
export class Resolver {
  readonly inFiles = new Map<NodeLabel, Set<string>>();
  readonly inDb = new Map<NodeLabel, Set<string>>();
  private readonly wanted = new Map<NodeLabel, Set<string>>();

  addFileId(label: NodeLabel, id: string): void {
    const set = this.inFiles.get(label) ?? new Set<string>();
    set.add(id);
    this.inFiles.set(label, set);
  }

  /** "Label:id" or "id" → the id and the labels it may have among the allowed ones. */
  static parse(ref: string, allowed: readonly NodeLabel[]): { id: string; labels: NodeLabel[] } {
    const colon = ref.indexOf(':');
    if (colon < 0) return { id: ref, labels: [...allowed] };
    const label = ref.slice(0, colon);
    return { id: ref.slice(colon + 1), labels: isNodeLabel(label) && allowed.includes(label) ? [label] : [] };
  }

  /** Labels among `labels` that have a node with this id (in the files or the database). */
  find(id: string, labels: readonly NodeLabel[]): NodeLabel[] {
    return labels.filter((l) => this.inFiles.get(l)?.has(id) || this.inDb.get(l)?.has(id));
  }

  /** Remembers ids to look up in the database. */
  want(id: string, labels: readonly NodeLabel[]): void {
    for (const l of labels) {
      const set = this.wanted.get(l) ?? new Set<string>();
      set.add(id);
      this.wanted.set(l, set);
    }
  }

  async lookUp(db: GraphDb): Promise<void> {
    if (!this.wanted.size) return;
    await db.reading(async (read) => {
      for (const [label, ids] of this.wanted) {
        const found = await read.rows<{ id: string }>({ name: 'import-existing-ids', slots: { LABEL: label } }, { ids: [...ids] });
        this.inDb.set(label, new Set(found.map((r) => r.id)));
      }
    });
    this.wanted.clear();
  }
}
