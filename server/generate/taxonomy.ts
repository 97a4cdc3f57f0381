import { Random } from './random.ts';
import { COUNTRIES, KETS, OTHER_TECHNOLOGIES, PLACE_END, PLACE_START, SECTORS } from './vocabulary.ts';

// The fixed frame of a generated ecosystem: regions (EU → country → province → municipality),
// sectors with sub-sectors, technologies and policies. Actors and projects are placed in it.

export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface Region {
  id: string;
  name: string;
  level: 'eu' | 'country' | 'province' | 'city';
  code: string;
  country?: string;
  parent?: string;
}

export interface Sector {
  id: string;
  name: string;
  kind: 'sector' | 'subsector';
  nace: string;
  parent?: string;
  /** Technologies applied in it (sub-sectors only). */
  technologies: number[];
}

export interface Technology {
  id: string;
  name: string;
  ket: boolean;
}

export interface Policy {
  id: string;
  name: string;
  kind: 'programme' | 'fund' | 'strategy';
  level: 'eu' | 'federal' | 'provincial';
  year: number;
  /** Index of a country in COUNTRIES; undefined for EU policies. */
  country?: number;
  covers: string;
  parent?: string;
  programme: string;
}

export interface Frame {
  regions: Region[];
  /** Municipalities (indices into regions) per country, with a heavy-tailed size weight each. */
  municipalities: { region: number; weight: number }[][];
  sectors: Sector[];
  subsectors: number[];
  technologies: Technology[];
  policies: Policy[];
}

function placeName(random: Random, used: Set<string>): string {
  for (let i = 0; ; i++) {
    const base = `${random.pick(PLACE_START)}${random.pick(PLACE_END)}`;
    const name = i < 5 ? base : `${base} ${i}`;
    if (!used.has(name)) {
      used.add(name);
      return name.replace('- ', '-');
    }
  }
}

function geography(random: Random, actors: number): Pick<Frame, 'regions' | 'municipalities'> {
  const regions: Region[] = [{ id: 'eu', name: 'Europese Unie', level: 'eu', code: 'EU' }];
  const municipalities: Frame['municipalities'] = COUNTRIES.map(() => []);
  const total = Math.min(1500, Math.max(30, Math.round(actors / 100)));
  const used = new Set<string>();
  COUNTRIES.forEach((c, ci) => {
    const country = `country-${c.code.toLowerCase()}`;
    regions.push({ id: country, name: c.name, level: 'country', code: c.code, country: c.code, parent: 'eu' });
    const perProvince = Math.max(1, Math.round((total * c.share) / c.provinces.length));
    c.provinces.forEach((p, pi) => {
      const province = `province-${c.code.toLowerCase()}-${slug(p)}`;
      const code = `${c.code}${pi + 1}`;
      regions.push({ id: province, name: p, level: 'province', code, country: c.code, parent: country });
      for (let m = 0; m < perProvince; m++) {
        const name = placeName(random, used);
        municipalities[ci]!.push({ region: regions.length, weight: random.pareto(1.1) });
        regions.push({ id: `municipality-${c.code.toLowerCase()}-${slug(name)}`, name, level: 'city', code: `${code}${String(m + 1).padStart(3, '0')}`, country: c.code, parent: province });
      }
    });
  });
  return { regions, municipalities };
}

function sectorsAndTechnologies(random: Random): Pick<Frame, 'sectors' | 'subsectors' | 'technologies'> {
  const technologies: Technology[] = [
    ...KETS.map((k) => ({ id: `tech-${k.id}`, name: k.name, ket: true })),
    ...OTHER_TECHNOLOGIES.map((name) => ({ id: `tech-${slug(name)}`, name, ket: false })),
  ];
  const sectors: Sector[] = [];
  const subsectors: number[] = [];
  for (const s of SECTORS) {
    const parent = `sector-${s.id}`;
    sectors.push({ id: parent, name: s.name, kind: 'sector', nace: s.nace, technologies: [] });
    s.subsectors.forEach((name, i) => {
      const techs = new Set<number>();
      const count = random.int(1, 3);
      while (techs.size < count) techs.add(random.int(0, technologies.length - 1));
      subsectors.push(sectors.length);
      sectors.push({ id: `subsector-${s.id}-${slug(name)}`, name, kind: 'subsector', nace: `${s.nace}.${i + 1}`, parent, technologies: [...techs].sort((a, b) => a - b) });
    });
  }
  return { sectors, subsectors, technologies };
}

function policies(random: Random, regions: Region[]): Policy[] {
  const list: Policy[] = [
    { id: 'policy-fp7', name: 'Seventh Framework Programme', kind: 'programme', level: 'eu', year: 2007, covers: 'eu', programme: 'FP7' },
    { id: 'policy-h2020', name: 'Horizon 2020', kind: 'programme', level: 'eu', year: 2014, covers: 'eu', programme: 'H2020' },
    { id: 'policy-horizon-europe', name: 'Horizon Europe', kind: 'programme', level: 'eu', year: 2021, covers: 'eu', programme: 'Horizon Europe' },
    { id: 'policy-erdf', name: 'European Regional Development Fund', kind: 'fund', level: 'eu', year: 2014, covers: 'eu', programme: 'ERDF' },
  ];
  for (const [parent, parts, year, programme] of [
    ['policy-h2020', ['LEIT', 'SC1', 'SC2', 'SC3', 'SC4', 'SC5'], 2014, 'H2020'],
    ['policy-horizon-europe', ['Cluster 1', 'Cluster 2', 'Cluster 3', 'Cluster 4', 'Cluster 5', 'Cluster 6'], 2021, 'Horizon Europe'],
  ] as const) {
    for (const part of parts) list.push({ id: `${parent}-${slug(part)}`, name: `${programme} ${part}`, kind: 'programme', level: 'eu', year, covers: 'eu', parent, programme });
  }
  COUNTRIES.forEach((c, ci) => {
    const country = `country-${c.code.toLowerCase()}`;
    list.push({ id: `policy-innovation-${c.code.toLowerCase()}`, name: `Innovation programme ${c.name}`, kind: 'programme', level: 'federal', year: random.int(2008, 2016), country: ci, covers: country, programme: `${c.code} innovation` });
  });
  for (const r of regions) {
    if (r.level !== 'province') continue;
    const ci = COUNTRIES.findIndex((c) => c.code === r.country);
    list.push({ id: `policy-strategy-${r.id.slice('province-'.length)}`, name: `Economic strategy ${r.name}`, kind: 'strategy', level: 'provincial', year: random.int(2012, 2022), country: ci, covers: r.id, parent: `policy-innovation-${r.country!.toLowerCase()}`, programme: `${r.name} strategy` });
  }
  return list;
}

export function buildFrame(random: Random, actors: number): Frame {
  const geo = geography(random, actors);
  return { ...geo, ...sectorsAndTechnologies(random), policies: policies(random, geo.regions) };
}
