import type { Key, Translator } from '../../i18n/index.ts';
import type { Reason } from './types.ts';

const KEYS: Record<string, Key> = {
  sharedTopics: 'reasonSharedTopics',
  relatedTopic: 'reasonRelatedTopic',
  relatedTopics: 'reasonRelatedTopics',
  policy: 'reasonPolicy',
  policies: 'reasonPolicies',
  sharedPartner: 'reasonSharedPartner',
  sharedPartners: 'reasonSharedPartners',
  trustedOne: 'reasonTrustedOne',
  trustedMany: 'reasonTrustedMany',
  askedHelix: 'reasonAskedHelix',
  bringsHelix: 'reasonBringsHelix',
  bridges: 'reasonBridges',
  activeProject: 'reasonActiveProject',
  activeProjects: 'reasonActiveProjects',
  activeInitiative: 'reasonActiveInitiative',
  activeInitiatives: 'reasonActiveInitiatives',
  sharedRegion: 'reasonSharedRegion',
  sameCountry: 'reasonSameCountry',
  benchmarkRegion: 'reasonBenchmarkRegion',
};

/** "a, b and c", or "a, b, c and 4 more" past `max` of `total` (the list may hold only the first few), in the reader's language. */
export function joinNames({ t }: Translator, names: string[], max = 3, total = names.length): string {
  if (total > max) return t('listMore', { list: names.slice(0, max).join(', '), count: total - max });
  if (names.length <= 1) return names.join('');
  return t('listAnd', { list: names.slice(0, -1).join(', '), last: names.at(-1)! });
}

/** The reason in the reader's language; the server's English text for a code this client does not know. */
export function reasonText(tr: Translator, reason: Reason): string {
  const p = reason.params;
  // "Active: 0 projects" reads as a contradiction: no recent project, but one in that year.
  const key = reason.code === 'activeProjects' && p.count === 0 ? 'reasonActiveBefore' : KEYS[reason.code];
  if (!key) return reason.text;
  // Helices are ordinary words inside a sentence.
  const helix = (h: string) => tr.helix(h).toLowerCase();
  const names = Array.isArray(p.names) ? (reason.code === 'bridges' ? joinNames(tr, p.names.map(helix), 5) : joinNames(tr, p.names, 3, typeof p.total === 'number' ? p.total : undefined)) : '';
  const who = p.who ? String(p.who) : tr.t(p.whoKind === 'group' ? 'whoGroup' : 'whoNeed');
  const vars: Record<string, string | number> = { names, who };
  for (const [k, v] of Object.entries(p)) if (!Array.isArray(v) && !(k in vars)) vars[k] = v;
  if (typeof p.helix === 'string') vars.helix = helix(p.helix);
  return tr.t(key, vars);
}
