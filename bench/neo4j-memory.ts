// The memory of a local Neo4j as the benchmarks record it (api-scale.ts, whole-graph.ts).
import type { GraphDb } from '../server/db/graph-db.ts';
import { round, rssMiB } from './latency.ts';

/** Heap from JMX (dbms.queryJmx), RSS from /proc; the page cache is off-heap, so its resident part is estimated as what RSS holds beyond heap, non-heap and direct buffers. */
export async function neo4jMemory(db: GraphDb, pid: number | undefined) {
  type Usage = { committed: number; used: number };
  const rows = await db.read<{ name: string; attributes: Record<string, { value: unknown }> }>(
    "CALL dbms.queryJmx('java.lang:type=Memory') YIELD name, attributes RETURN name, attributes UNION CALL dbms.queryJmx('java.nio:name=direct,type=BufferPool') YIELD name, attributes RETURN name, attributes",
  );
  const mem = rows.find((r) => r.name === 'java.lang:type=Memory')!.attributes;
  const usage = (k: string) => (mem[k]!.value as { properties: Usage }).properties;
  const heap = usage('HeapMemoryUsage');
  const nonHeap = usage('NonHeapMemoryUsage');
  const direct = Number(rows.find((r) => r.name.startsWith('java.nio'))?.attributes.MemoryUsed?.value ?? 0);
  const mib = (b: number) => round(b / 2 ** 20);
  const rss = pid ? rssMiB(pid) : undefined;
  return {
    rssMiB: rss,
    heapUsedMiB: mib(heap.used),
    heapCommittedMiB: mib(heap.committed),
    nonHeapCommittedMiB: mib(nonHeap.committed),
    directBuffersMiB: mib(direct),
    pageCacheResidentAtLeastMiB: rss === undefined ? undefined : round(Math.max(0, rss - mib(heap.committed) - mib(nonHeap.committed) - mib(direct))),
  };
}
