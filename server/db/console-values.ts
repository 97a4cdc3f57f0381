import neo4j, { type Integer, type Node, type Path, type Relationship } from 'neo4j-driver';

// Console results as plain JSON a person can read. The console's driver keeps integers lossless:
// an integer within ±(2^53 − 1) becomes a JSON number, a larger one a string of its exact digits
// (JSON numbers beyond that range would silently change in every JavaScript reader).
// Temporal values become ISO 8601 strings, points {$type: "point", srid, x, y[, z]},
// nodes {$type: "node"}, relationships {$type: "relationship"}, paths {$type: "path"}.

export type NodeValue = {
  $type: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, Value>;
};
export type RelationshipValue = {
  $type: 'relationship';
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, Value>;
};
export type PathValue = {
  $type: 'path';
  nodes: NodeValue[];
  relationships: RelationshipValue[];
};
export type PointValue = {
  $type: 'point';
  srid: number;
  x: number;
  y: number;
  z?: number;
};
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | NodeValue | RelationshipValue | PathValue | PointValue;

function integer(i: Integer | bigint): number | string {
  if (typeof i === 'bigint') return i >= BigInt(Number.MIN_SAFE_INTEGER) && i <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(i) : i.toString();
  return i.inSafeRange() ? i.toNumber() : i.toString();
}

function float(n: number): number | string {
  return Number.isFinite(n) ? n : String(n); // NaN and ±Infinity have no JSON number
}

const props = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, serialise(v)]));

export const nodeValue = (n: Node): NodeValue => ({ $type: 'node', elementId: n.elementId, labels: n.labels, properties: props(n.properties) });

export const relationshipValue = (r: Relationship): RelationshipValue => ({
  $type: 'relationship',
  elementId: r.elementId,
  type: r.type,
  start: r.startNodeElementId,
  end: r.endNodeElementId,
  properties: props(r.properties),
});

function pathValue(p: Path): PathValue {
  const nodes = [nodeValue(p.start)];
  for (const seg of p.segments) nodes.push(nodeValue(seg.end));
  return { $type: 'path', nodes, relationships: p.segments.map((s) => relationshipValue(s.relationship)) };
}

export function serialise(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return float(v);
  if (typeof v === 'bigint' || neo4j.isInt(v)) return integer(v as Integer | bigint);
  if (Array.isArray(v)) return v.map(serialise);
  if (v instanceof Int8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  if (neo4j.isNode(v as object)) return nodeValue(v as Node);
  if (neo4j.isRelationship(v as object)) return relationshipValue(v as Relationship);
  if (neo4j.isPath(v as object)) return pathValue(v as Path);
  if (neo4j.isPoint(v as object)) {
    const p = v as { srid: unknown; x: number; y: number; z?: number };
    return { $type: 'point', srid: neo4j.int(p.srid as number).toNumber(), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (
    neo4j.isDate(v as object) ||
    neo4j.isDateTime(v as object) ||
    neo4j.isLocalDateTime(v as object) ||
    neo4j.isTime(v as object) ||
    neo4j.isLocalTime(v as object)
  ) {
    return String(v);
  }
  if (neo4j.isDuration(v as object)) return String(v).replace(/T$/, ''); // the driver writes P1Y2M3DT for no time part
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, serialise(x)]));
  return String(v);
}
