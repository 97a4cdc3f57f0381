// How deep a JSON value nests, counted without recursion: a request body nested thousands of
// levels deep is cheap to send and parse, but would overflow the stack of any recursive walk
// (JSON.stringify, a schema check, the Neo4j driver's packing of parameters).

/** Whether `value` nests objects or arrays more than `max` levels deep; stops looking as soon as it does. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(v)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
