import type { End } from '../seeds/rules.ts';
import type { ImportSource } from './sources.ts';
import type { ImportTarget } from './targets.ts';

/** Rows generated in memory (a connector's output), numbered from 1. */
export function memorySource(
  name: string,
  target: ImportTarget,
  records: () => Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>,
  linksGroupedBy?: End,
): ImportSource {
  return {
    name,
    target,
    linksGroupedBy,
    async *rows() {
      let i = 0;
      for await (const record of records()) yield { row: ++i, record };
    },
  };
}
