import type { Asker } from './asker.ts';
import type { SharedPartners } from './components/proximity.ts';
import type { PartnerGraph } from './graph.ts';
import type { Scored } from './rank.ts';
import type { ComponentName } from './weights.ts';

export interface Reason {
  component: ComponentName;
  text: string;
}

const list = (names: string[], max = 3) =>
  names.length <= max ? names.join(', ').replace(/, ([^,]*)$/, ' and $1') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;

/** The reasons for a suggestion in words, strongest components first. */
export function explain(g: PartnerGraph, asker: Asker, s: Scored, shared: SharedPartners): Reason[] {
  const name = (id: string) => g.names.get(id) ?? id;
  const who = asker.members.length === 1 ? name(asker.members[0]!) : asker.members.length ? 'the group' : 'the need';
  const reasons: (Reason & { weight: number })[] = [];
  const push = (component: ComponentName, text: string) => reasons.push({ component, text, weight: s.components[component] });
  const t = s.topical;
  if (t.shared.length) push('topical', `Works on ${list(t.shared.map(name))}, like ${who}.`);
  if (t.related.length) push('topical', `Works on related ${t.related.length === 1 ? 'topic' : 'topics'} ${list(t.related.map(name))}.`);
  if (t.policies.length) push('topical', `${list(t.policies.map(name))} ${t.policies.length === 1 ? 'prioritises' : 'prioritise'} the topics of both.`);
  const { commonPartners, trusted } = shared;
  if (commonPartners.length) {
    push('proximity', `Shares ${commonPartners.length} ${commonPartners.length === 1 ? 'partner' : 'partners'} with ${who}: ${list(commonPartners.map(name))}.`);
    if (trusted.length) push('proximity', `${list(trusted.map(name))} ${trusted.length === 1 ? 'is' : 'are'} closely tied to both sides and could introduce them.`);
  }
  const c = s.complementarity;
  if (c.brings) push('complementarity', asker.helixWanted.size ? `Is ${c.brings}, as asked.` : `Brings ${c.brings}, which the network of ${who} lacks.`);
  if (c.spans.length >= 3) push('complementarity', `Bridges ${list(c.spans)} partners.`);
  const a = s.activity;
  if (a.projects || s.components.activity > 0) {
    push('activity', a.latestYear !== undefined ? `Active: ${a.projects} ${a.projects === 1 ? 'project' : 'projects'}, latest in ${a.latestYear}.` : `Active in ${a.projects} ${a.projects === 1 ? 'initiative' : 'initiatives'}.`);
  }
  const geo = s.geography;
  if (geo.sharedRegion) push('geography', `Also in ${name(geo.sharedRegion)}.`);
  else if (geo.sameCountry) push('geography', `In the same country (${geo.sameCountry}).`);
  else if (geo.benchmarkRegion) push('geography', `In ${name(geo.benchmarkRegion)}, a benchmark region of the source study.`);
  return reasons.sort((x, y) => y.weight - x.weight).map(({ component, text }) => ({ component, text }));
}
