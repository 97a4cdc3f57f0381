import { REASON_NAMES, type ComponentName, type Reason, type ReasonCode, type ReasonParams } from '../../contract/index.ts';
import type { Asker } from './asker.ts';
import type { SharedPartners } from './components/proximity.ts';
import type { PartnerGraph } from './graph.ts';
import type { Scored } from './rank.ts';

// What a reason says is a code with its values (contract/partners.ts), so the client can say it
// in the reader's language; `text` is the same in English.

const helixWord = (helix: string) => helix.replace('_', ' ');
const list = (names: string[], max = 3, total = names.length) =>
  total <= max ? names.join(', ').replace(/, ([^,]*)$/, ' and $1') : `${names.slice(0, max).join(', ')} and ${total - max} more`;

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
  bridges: (p) => `Works with partners from ${p.names}.`,
  activeProject: (p) => `Active: 1 project, latest in ${p.year}.`,
  // no project in the recent window, but one in that year
  activeProjects: (p) => (p.count === 0 ? `Last active in a project in ${p.year}.` : `Active: ${p.count} projects, latest in ${p.year}.`),
  activeInitiative: () => `Active in 1 initiative.`,
  activeInitiatives: (p) => `Active in ${p.count} initiatives.`,
  sharedRegion: (p) => `Also in ${p.region}.`,
  sameCountry: (p) => `In the same country (${p.country}).`,
  benchmarkRegion: (p) => `In ${p.region}, a benchmark region of the source study.`,
};

/**
 * The reasons for a suggestion, the components that contributed most to its score first (a
 * component weighted 0 says why after those that count, by its own value). For a learned
 * suggestion, `learned` gives each component's summed signed contribution to the model's logit
 * (learned/features.ts, componentContributions): strongest first, so the reasons of components
 * that spoke against the pair come after those that spoke for it.
 */
export function explain(g: PartnerGraph, asker: Asker, s: Scored, shared: SharedPartners, learned?: Record<ComponentName, number>): Reason[] {
  const contributionOf = learned ?? s.contributions;
  const name = (id: string) => g.names.get(id) ?? id;
  const single = asker.members.length === 1;
  const whoKind = single ? 'actor' : asker.members.length ? 'group' : 'need';
  const who = single ? name(asker.members[0]!) : '';
  const reasons: (Reason & { contribution: number; value: number })[] = [];
  const push = <C extends ReasonCode>(component: ComponentName, code: C, given: ReasonParams<C>) => {
    const all = (given as { names?: string[] }).names;
    // A hub shares hundreds of partners with another: the reason names the first few and says how many.
    const params = all && all.length > REASON_NAMES ? { ...given, names: all.slice(0, REASON_NAMES), total: all.length } : given;
    const p = params as Partial<Record<'names', string[]> & Record<'count' | 'year' | 'total', number> & Record<'helix' | 'region' | 'country', string>>;
    const words = (xs: string[]) => (code === 'bridges' ? xs.map(helixWord) : xs);
    // all five helices fit in one sentence
    const names = Array.isArray(p.names) ? list(words(p.names), code === 'bridges' ? 5 : 3, p.total) : '';
    const english = ENGLISH[code]({
      who: who || `the ${whoKind}`,
      names,
      count: p.count ?? 0,
      helix: helixWord(p.helix ?? ''),
      year: p.year ?? 0,
      region: p.region ?? '',
      country: p.country ?? '',
    });
    // The contract ties each code to its component and parameters; `push`'s signature checks the parameters.
    reasons.push({ component, code, params: { who, whoKind, ...params }, text: english, contribution: contributionOf[component], value: s.components[component] } as unknown as Reason & { contribution: number; value: number });
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
  return reasons.sort((x, y) => y.contribution - x.contribution || y.value - x.value).map(({ contribution: _c, value: _v, ...reason }) => reason);
}
