// Organisation names compared the way a person would: without case, accents, punctuation or
// legal forms, and with the same word for "university" in every language.

/** Legal forms dropped before comparing names (Dutch, French, German, English, others in CORDIS). */
const LEGAL_FORMS = new Set([
  'nv', 'bv', 'bvba', 'cvba', 'cv', 'vzw', 'ivzw', 'asbl', 'aisbl', 'sa', 'sprl', 'srl', 'scrl', 'gmbh', 'ag', 'kg', 'ev',
  'ltd', 'limited', 'inc', 'llc', 'plc', 'corp', 'spa', 'sas', 'sarl', 'oy', 'ab', 'as', 'aps', 'sl', 'bvb', 'foundation',
]);

const SYNONYMS: Record<string, string> = {
  universiteit: 'university',
  universite: 'university',
  universitat: 'university',
  universita: 'university',
  universidad: 'university',
  univ: 'university',
  hogeschool: 'college',
  hochschule: 'college',
  ziekenhuis: 'hospital',
  katholieke: 'catholic',
  catholique: 'catholic',
};

/** Words too common to tell two organisations apart. */
const STOP = new Set(['de', 'van', 'voor', 'en', 'het', 'of', 'the', 'and', 'for', 'la', 'le', 'les', 'des', 'du', 'et', 'der', 'die', 'und', 'fur']);

export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "N.V." and "S.A." are the legal forms nv and sa.
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t && !LEGAL_FORMS.has(t))
    .map((t) => SYNONYMS[t] ?? t);
}

/** The key two names must share to be the same organisation for certain. */
export const normaliseName = (name: string): string => nameTokens(name).join(' ');

/** Words that say what kind of organisation it is, not which one. */
const GENERIC = new Set(['university', 'college', 'catholic', 'institute', 'instituut', 'institut', 'technical', 'technische', 'school', 'hospital', 'research', 'centre', 'center', 'centrum', 'national', 'free', 'vrije', 'libre', 'royal', 'koninklijke', 'academy', 'company', 'group', 'europe', 'european', 'international']);

/**
 * Share of words two names have in common (Jaccard), 0 … 1; 0 when each name has words of its
 * own beyond the generic ones and they share none of them (Université catholique de Louvain and
 * Katholieke Universiteit Leuven are two universities, however many generic words they share).
 */
export function nameSimilarity(a: string, b: string): number {
  const x = new Set(nameTokens(a).filter((t) => !STOP.has(t)));
  const y = new Set(nameTokens(b).filter((t) => !STOP.has(t)));
  if (!x.size || !y.size) return 0;
  const own = (s: Set<string>) => [...s].filter((t) => !GENERIC.has(t));
  const [ox, oy] = [own(x), own(y)];
  if (ox.length && oy.length && !ox.some((t) => oy.includes(t))) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}
