import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { REGION_LEVELS } from '../../../contract/index.ts';

type RegionLevel = (typeof REGION_LEVELS)[number];

// Places of CORDIS organisations: the country (ISO code beside CORDIS's EL/UK) and the NUTS region
// (data/nuts-2021.csv: the NUTS 2021 regions of Eurostat GISCO, id, level, country, name), linked
// PART_OF up to the country. A code of an older NUTS version is kept as given and counted.

/** CORDIS country codes that differ from ISO 3166. */
const ISO: Record<string, string> = { EL: 'GR', UK: 'GB' };
export const isoCountry = (code: string) => ISO[code] ?? code;

export interface NutsRegion {
  id: string;
  level: 0 | 1 | 2 | 3;
  country: string;
  name: string;
}

let nuts: Map<string, NutsRegion> | undefined;

export function nuts2021(): Map<string, NutsRegion> {
  nuts ??= new Map(
    (parse(readFileSync(new URL('../../../data/nuts-2021.csv', import.meta.url)), { columns: true }) as Record<string, string>[]).map((r) => [
      r.id!,
      { id: r.id!, level: Number(r.level) as NutsRegion['level'], country: r.country!, name: r.name! },
    ]),
  );
  return nuts;
}

/** The schema's region level of a NUTS level (the Belgian reading: Gewest, province, arrondissement). */
export const NUTS_LEVELS: Record<1 | 2 | 3, RegionLevel> = { 1: 'region', 2: 'province', 3: 'nuts3' };

type Row = Record<string, unknown>;

export interface Places {
  regions: Row[];
  partOf: Row[];
  /** The region an organisation is LOCATED_IN (the most precise one known), or undefined. */
  regionOf(country: string | undefined, nutsCode: string | undefined): string | undefined;
  /** NUTS codes not in NUTS 2021, kept as given. */
  oldCodes: Set<string>;
}

/**
 * Builds regions as organisations ask for them. `existing` maps codes of regions already in the
 * graph (seeded countries by ISO code, provinces by NUTS code) to their ids, which are reused.
 */
export function places(existing: Map<string, string>, cite: Row): Places {
  const table = nuts2021();
  const ids = new Map(existing);
  const regions: Row[] = [];
  const partOf: Row[] = [];
  const oldCodes = new Set<string>();

  const country = (cordisCode: string): string => {
    const iso = isoCountry(cordisCode);
    const known = ids.get(iso);
    if (known) return known;
    const id = `country-${iso.toLowerCase()}`;
    ids.set(iso, id);
    const name = table.get(cordisCode)?.level === 0 ? table.get(cordisCode)!.name : iso;
    regions.push({ id, name, level: 'country', code: iso, country: iso, nutsLevel: table.has(cordisCode) ? 0 : undefined, ...cite, evidence: `CORDIS country code ${cordisCode}` });
    return id;
  };

  const nutsRegion = (code: string): string => {
    const known = ids.get(code);
    if (known) return known;
    if (code.length <= 2) return country(code);
    const id = `nuts-${code.toLowerCase()}`;
    ids.set(code, id);
    const found = table.get(code);
    if (!found) oldCodes.add(code);
    const level = (found?.level ?? Math.min(3, code.length - 2)) as 1 | 2 | 3;
    const cc = code.slice(0, 2);
    regions.push({
      id,
      name: found?.name ?? code,
      level: NUTS_LEVELS[level],
      code,
      country: isoCountry(cc),
      nutsLevel: found ? level : undefined,
      ...cite,
      evidence: found ? `NUTS 2021 ${code}` : `NUTS code ${code} as CORDIS gives it (not in NUTS 2021)`,
    });
    // Up to the nearest known ancestor (an older code may still sit in a NUTS 2021 region).
    let parent = code.slice(0, -1);
    while (parent.length > 2 && !table.has(parent) && !ids.has(parent)) parent = parent.slice(0, -1);
    const up = nutsRegion(parent);
    partOf.push({ from: `Region:${id}`, to: `Region:${up}`, ...cite, evidence: `NUTS ${code} lies in ${parent}` });
    return id;
  };

  return {
    regions,
    partOf,
    oldCodes,
    regionOf(cordisCountry, nutsCode) {
      const code = nutsCode?.toUpperCase();
      if (code && /^[A-Z]{2}[A-Z0-9]{0,3}$/.test(code)) return nutsRegion(code);
      return cordisCountry ? country(cordisCountry) : undefined;
    },
  };
}
