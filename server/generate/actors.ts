import type { Helix } from '../graph/model.ts';
import { Random, WeightedSampler } from './random.ts';
import type { Frame } from './taxonomy.ts';
import { COUNTRIES, FIRM_END, FIRM_START, LEGAL_FORMS } from './vocabulary.ts';

// Actors with a realistic helix mix (mostly industry, then academia, intermediaries,
// government, a few civil-society organisations), each placed in a municipality, with a
// heavy-tailed "activity" that makes some of them hubs of the project network.

export const HELIX_MIX: [Helix, number][] = [
  ['industry', 0.72],
  ['academia', 0.11],
  ['intermediary', 0.08],
  ['government', 0.06],
  ['civil_society', 0.03],
];

const KINDS: Record<Helix, [string, number][]> = {
  industry: [['company', 0.9], ['consultancy', 0.07], ['investment_fund', 0.025], ['port_authority', 0.005]],
  academia: [['university', 0.1], ['college', 0.18], ['research_centre', 0.37], ['hospital', 0.15], ['education', 0.2]],
  intermediary: [['cluster_organisation', 0.25], ['federation', 0.15], ['chamber', 0.1], ['incubator', 0.15], ['science_park', 0.1], ['network', 0.1], ['platform', 0.1], ['campus', 0.05]],
  government: [['government_body', 0.6], ['agency', 0.4]],
  civil_society: [['ngo', 0.7], ['union', 0.3]],
};

/** How much more often than a company an actor of a helix joins projects. */
const ACTIVITY: Record<Helix, number> = { industry: 1, academia: 4, intermediary: 1.5, government: 0.6, civil_society: 0.4 };

/** Kinds of organisation other actors become members of. */
export const MEMBERSHIP_KINDS = new Set(['cluster_organisation', 'federation', 'chamber', 'network', 'platform']);

export interface Actor {
  id: string;
  name: string;
  nameEn?: string;
  aliases?: string[];
  helix: Helix;
  kind: string;
  country: number;
  /** Index into frame.regions. */
  municipality: number;
  activity: number;
}

function name(random: Random, kind: string, place: string, country: string, n: number): { name: string; nameEn?: string; aliases?: string[] } {
  const brand = `${random.pick(FIRM_START)}${random.pick(FIRM_END)}`;
  switch (kind) {
    case 'company':
    case 'investment_fund':
      return { name: `${brand} ${random.pick(LEGAL_FORMS[country]!)}`, ...(random.chance(0.2) ? { aliases: [brand] } : {}) };
    case 'consultancy':
      return { name: `${brand} Consulting` };
    case 'port_authority':
      return { name: `Havenbedrijf ${place}`, nameEn: `Port of ${place}` };
    case 'university':
      return { name: `Universiteit ${place}`, nameEn: `University of ${place}`, aliases: [`U${place.slice(0, 3)}${n}`] };
    case 'college':
      return { name: `Hogeschool ${place}`, nameEn: `${place} University College` };
    case 'research_centre':
      return { name: `${brand} Research Centre ${place}` };
    case 'hospital':
      return { name: `Ziekenhuis ${place}`, nameEn: `${place} Hospital` };
    case 'education':
      return { name: `${brand} Academy ${place}` };
    case 'government_body':
      return { name: `Gemeente ${place}`, nameEn: `Municipality of ${place}` };
    case 'agency':
      return { name: `${place} Development Agency ${n}` };
    default:
      return { name: `${brand} ${kind.replace('_', ' ')} ${place}` };
  }
}

export function generateActors(random: Random, frame: Frame, count: number, width: number): Actor[] {
  const countries = new WeightedSampler(COUNTRIES.map((c) => c.share));
  const places = frame.municipalities.map((ms) => new WeightedSampler(ms.map((m) => m.weight), ms.map((m) => m.region)));
  const helices = HELIX_MIX.map(([, share]) => share);
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const helix = HELIX_MIX[random.weighted(helices)]![0];
    const kinds = KINDS[helix];
    const kind = kinds[random.weighted(kinds.map(([, w]) => w))]![0];
    const country = countries.draw(random);
    const municipality = places[country]!.draw(random);
    const code = COUNTRIES[country]!.code;
    actors.push({
      id: `actor-${String(i + 1).padStart(width, '0')}`,
      ...name(random, kind, frame.regions[municipality]!.name, code, i + 1),
      helix,
      kind,
      country,
      municipality,
      activity: random.pareto(1.5) * ACTIVITY[helix],
    });
  }
  return actors;
}
