import type { GraphDb } from '../db/graph-db.ts';
import { isNodeLabel, type NodeLabel } from '../graph/model.ts';

/** Ids of nodes by label: those in the import files, and those found in the database. */
export class Resolver {
  readonly inFiles = new Map<NodeLabel, Set<string>>();
  readonly inDb = new Map<NodeLabel, Set<string>>();
  private wanted = new Map<NodeLabel, Set<string>>();
  private lookingUp: Promise<void> = Promise.resolve();

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

  /**
   * Looks up the ids wanted so far. Calls run one after the other and each adds to what is
   * found, so the writing pass can look up a link file's ends while later files are still being
   * validated (run.ts) and the validation's own final look-up still sees everything.
   */
  lookUp(db: GraphDb): Promise<void> {
    const run = this.lookingUp.then(async () => {
      const wanted = this.wanted;
      if (!wanted.size) return;
      this.wanted = new Map();
      const ok = db.reading(async (read) => {
        for (const [label, ids] of wanted) {
          const found = await read.rows<{ id: string }>({ name: 'import-existing-ids', slots: { LABEL: label } }, { ids: [...ids] });
          const known = this.inDb.get(label) ?? new Set<string>();
          for (const r of found) known.add(r.id);
          this.inDb.set(label, known);
        }
      });
      // A failed look-up leaves its ids wanted, for the next one.
      await ok.catch((err: unknown) => {
        for (const [label, ids] of wanted) for (const id of ids) this.want(id, [label]);
        throw err;
      });
    });
    this.lookingUp = run.catch(() => {});
    return run;
  }
}
