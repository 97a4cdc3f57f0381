/** Node diameters from a metric: 14 px for the smallest value to 56 px for the largest (square-root scale). */
export function scaleSizes(ids: string[], metric: Map<string, number> | null, min = 14, max = 56): Map<string, number> {
  const out = new Map<string, number>();
  if (!metric) {
    for (const id of ids) out.set(id, 20);
    return out;
  }
  const values = ids.map((id) => metric.get(id) ?? 0);
  const lo = Math.min(...values, Infinity);
  const hi = Math.max(...values, -Infinity);
  for (const id of ids) {
    const v = metric.get(id) ?? 0;
    const f = hi > lo ? Math.sqrt((v - lo) / (hi - lo)) : 0.5;
    out.set(id, Math.round(min + f * (max - min)));
  }
  return out;
}
