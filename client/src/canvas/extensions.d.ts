// Types for the Cytoscape extensions, which ship none.
import 'cytoscape';

declare module 'cytoscape' {
  interface UndoRedo {
    action(name: string, doFn: (args: never) => unknown, undoFn: (args: never) => unknown): UndoRedo;
    do(name: string, args: unknown): unknown;
    undo(): unknown;
    redo(): unknown;
    isUndoStackEmpty(): boolean;
    isRedoStackEmpty(): boolean;
    reset(): void;
  }
  interface CxtMenuCommand {
    content: string;
    select: (ele: SingularElementArgument) => void;
    enabled?: boolean;
  }
  interface Core {
    undoRedo(options?: Record<string, unknown>): UndoRedo;
    cxtmenu(options: Record<string, unknown>): { destroy(): void };
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
