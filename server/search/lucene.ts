// Builds the Lucene query for the `names` full-text index from what a person typed. The
// user's text never reaches Lucene as syntax: it is cut into words the way the index's
// standard tokenizer cuts names, folded like 'standard-folding' folds them, and every word is
// escaped before fuzzy (~) and prefix (*) operators are added.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_TERMS = 8;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** Lower case, accents removed, split on anything that is not a letter or digit. */
export function searchTerms(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, MAX_TERMS);
}

/**
 * Allowed typos for a word: none for short words, where one typo already means another word,
 * else one (two made every search several times slower and found mostly noise).
 */
export function editsFor(term: string): number {
  return term.length < 4 ? 0 : 1;
}

/** The word itself (boosted), the word as a prefix (type-ahead) and the word with typos. */
function wordClause(term: string): string {
  const t = escapeLucene(term);
  const parts = [`${t}^4`];
  if (term.length >= 2) parts.push(`${t}*^2`);
  const edits = editsFor(term);
  if (edits > 0) parts.push(`${t}~${edits}`);
  return `(${parts.join(' OR ')})`;
}

/**
 * Any word may match, so one badly misspelt word does not hide the rest; names that match
 * every word get a large boost, since Lucene no longer rewards matching more clauses by
 * itself. Null when nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const clauses = terms.map(wordClause);
  if (clauses.length === 1) return clauses[0]!;
  return `(${clauses.map((c) => `+${c}`).join(' ')})^8 OR ${clauses.join(' OR ')}`;
}
