import type { Asker } from './asker.ts';
import type { SharedPartners } from './components/proximity.ts';
import type { PartnerGraph } from './graph.ts';
import type { Scored } from './rank.ts';
import type { ComponentName } from './weights.ts';

/** What a reason says, as a code with its values, so the client can say it in the reader's language. */
export const REASON_CODES = [
  'sharedTopics',
  'relatedTopic',
  'relatedTopics',
  'policy',
  'policies',
  'sharedPartner',
  'sharedPartners',
  'trustedOne',
  'trustedMany',
  'askedHelix',
  'bringsHelix',
  'bridges',
  'activeProject',
  'activeProjects',
  'activeInitiative',
  'activeInitiatives',
  'sharedRegion',
  'sameCountry',
  'benchmarkRegion',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * `who` is the asker's name, or empty for a group or a need (then `whoKind` says which); `names`
 * and `helices` are lists the reader's language joins.
 */
export type ReasonParams = Record<string, string | number | string[]>;

export interface Reason {
  component: ComponentName;
  code: ReasonCode;
  params: ReasonParams;
  /** The same in English. */
  text: string;
}

const helixWord = (helix: string) => helix.replace('_', ' ');
const list = (names: string[], max = 3) =>
  names.length <= max ? names.join(', ').replace(/, ([^,]*)$/, ' and $1') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;

const ENGLISH: Record<ReasonCode, (p: { who: string; names: string; count: number; helix: string; year: number; region: string; country: string }) => string> = {
  sharedTopics: (p) => `Works on ${p.names}, like ${p.who}.`,
  relatedTopic: (p) => `Works on related topic ${p.names}.`,
  relatedTopics: (p) => `Works on related topics ${p.names}.`,
  policy: (p) => `${p.names} prioritises the topics of both.`,
  policies: (p) => `${p.names} prioritise the topics of both.`,
  sharedPartner: (p) => `Shares 1 partner with ${p.who}: ${p.names}.`,
  sharedPartners: (p) => `Shares ${p.count} partners with ${p.who}: ${p.names}.`,
  trustedOne: (p) => `${p.names} is closely tied to both sides and could introduce them.`,
  trustedMany: (p) => `${p.names} are closely tied to both sides and could introduce them.`,
  askedHelix: (p) => `Is ${p.helix}, as asked.`,
  bringsHelix: (p) => `Brings ${p.helix}, which the network of ${p.who} lacks.`,
  bridges: (p) => `Bridges ${p.names} partners.`,
  activeProject: (p) => `Active: 1 project, latest in ${p.year}.`,
  activeProjects: (p) => `Active: ${p.count} projects, latest in ${p.year}.`,
  activeInitiative: () => `Active in 1 initiative.`,
  activeInitiatives: (p) => `Active in ${p.count} initiatives.`,
  sharedRegion: (p) => `Also in ${p.region}.`,
  sameCountry: (p) => `In the same country (${p.country}).`,
  benchmarkRegion: (p) => `In ${p.region}, a benchmark region of the source study.`,
};

/** The reasons for a suggestion, strongest components first. */
export function explain(g: PartnerGraph, asker: Asker, s: Scored, shared: SharedPartners): Reason[] {
  const name = (id: string) => g.names.get(id) ?? id;
  const single = asker.members.length === 1;
  const whoKind = single ? 'actor' : asker.members.length ? 'group' : 'need';
  const who = single ? name(asker.members[0]!) : '';
  const reasons: (Reason & { weight: number })[] = [];
  const push = (component: ComponentName, code: ReasonCode, params: ReasonParams) => {
    const words = (xs: string[]) => (code === 'bridges' ? xs.map(helixWord) : xs);
    const names = Array.isArray(params.names) ? list(words(params.names)) : '';
    const english = ENGLISH[code]({
      who: who || `the ${whoKind}`,
      names,
      count: Number(params.count ?? 0),
      helix: helixWord(String(params.helix ?? '')),
      year: Number(params.year ?? 0),
      region: String(params.region ?? ''),
      country: String(params.country ?? ''),
    });
    reasons.push({ component, code, params: { who, whoKind, ...params }, text: english, weight: s.components[component] });
  };
  const t = s.topical;
  if (t.shared.length) push('topical', 'sharedTopics', { names: t.shared.map(name) });
  if (t.related.length) push('topical', t.related.length === 1 ? 'relatedTopic' : 'relatedTopics', { names: t.related.map(name) });
  if (t.policies.length) push('topical', t.policies.length === 1 ? 'policy' : 'policies', { names: t.policies.map(name) });
  const { commonPartners, trusted } = shared;
  if (commonPartners.length) {
    push('proximity', commonPartners.length === 1 ? 'sharedPartner' : 'sharedPartners', { count: commonPartners.length, names: commonPartners.map(name) });
    if (trusted.length) push('proximity', trusted.length === 1 ? 'trustedOne' : 'trustedMany', { names: trusted.map(name) });
  }
  const c = s.complementarity;
  if (c.brings) push('complementarity', asker.helixWanted.size ? 'askedHelix' : 'bringsHelix', { helix: c.brings });
  if (c.spans.length >= 3) push('complementarity', 'bridges', { names: c.spans });
  const a = s.activity;
  if (a.projects || s.components.activity > 0) {
    if (a.latestYear !== undefined) push('activity', a.projects === 1 ? 'activeProject' : 'activeProjects', { count: a.projects, year: a.latestYear });
    else push('activity', a.projects === 1 ? 'activeInitiative' : 'activeInitiatives', { count: a.projects });
  }
  const geo = s.geography;
  if (geo.sharedRegion) push('geography', 'sharedRegion', { region: name(geo.sharedRegion) });
  else if (geo.sameCountry) push('geography', 'sameCountry', { country: geo.sameCountry });
  else if (geo.benchmarkRegion) push('geography', 'benchmarkRegion', { region: name(geo.benchmarkRegion) });
  return reasons.sort((x, y) => y.weight - x.weight).map(({ weight: _weight, ...reason }) => reason);
}
