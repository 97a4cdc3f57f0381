import { createHash } from 'node:crypto';
import type { PartnerData } from '../data.ts';

// What the learned ranker was trained on, as a hash of the partner data's content: the network is
// read again after every write (a saved query, a note on an actor), and most writes do not change
// what the ranker learns from. Records are hashed in sorted order, and so are the members, topics
// and priorities inside them: reads need not return them in the same order twice.

const SETS = ['members', 'topics', 'prioritises'] as const;

const canonical = (item: unknown): string => {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return JSON.stringify(item);
  const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const key of SETS) if (Array.isArray(copy[key])) copy[key] = [...(copy[key] as string[])].sort();
  return JSON.stringify(copy);
};

export function dataFingerprint(data: PartnerData): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(data).sort() as (keyof PartnerData)[]) {
    hash.update(`${key}\n`);
    for (const line of data[key].map(canonical).sort()) hash.update(`${line}\n`);
  }
  return hash.digest('hex');
}
