// A small Cypher tokenizer for the console's text checks: comments are dropped, string literals
// become one opaque token, backtick-quoted names are unquoted. Words are ASCII only, so any
// other character (zero-width or full-width tricks included) splits words instead of hiding them.

export type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'name'; text: string; at: number } // a `backtick-quoted` name
  | { kind: 'string'; at: number }
  | { kind: 'param'; text: string; at: number }
  | { kind: 'number'; at: number }
  | { kind: 'punct'; text: string; at: number };

export class TokenizeError extends Error {}

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /[0-9][0-9A-Za-z_.]*/y;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new TokenizeError('a /* comment is never closed');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) throw new TokenizeError('a string literal is never closed');
      out.push({ kind: 'string', at: i });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= text.length) throw new TokenizeError('a `quoted name` is never closed');
        if (text[j] === '`') {
          if (text[j + 1] === '`') {
            name += '`';
            j += 2;
            continue;
          }
          break;
        }
        name += text[j];
        j += 1;
      }
      out.push({ kind: 'name', text: name, at: i });
      i = j + 1;
    } else if (c === '$') {
      WORD.lastIndex = i + 1;
      const m = WORD.exec(text);
      out.push({ kind: 'param', text: m?.[0] ?? '', at: i });
      i = m ? i + 1 + m[0].length : i + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      WORD.lastIndex = i;
      const m = WORD.exec(text)!;
      out.push({ kind: 'word', text: m[0], at: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text)!;
      out.push({ kind: 'number', at: i });
      i += m[0].length;
    } else if (/\s/.test(c)) {
      i += 1;
    } else {
      // Everything else, including non-ASCII letters, is punctuation to these checks.
      out.push({ kind: 'punct', text: c, at: i });
      i += 1;
    }
  }
  return out;
}

/** The words of a dotted name starting at index `i` (`db.index.fulltext.queryNodes`), and the index after it. */
export function dottedName(tokens: Token[], i: number): { name: string; next: number } | undefined {
  const first = tokens[i];
  if (!first || (first.kind !== 'word' && first.kind !== 'name')) return undefined;
  const parts = [first.text];
  let j = i + 1;
  while (tokens[j]?.kind === 'punct' && (tokens[j] as { text: string }).text === '.') {
    const part = tokens[j + 1];
    if (!part || (part.kind !== 'word' && part.kind !== 'name')) break;
    parts.push(part.text);
    j += 2;
  }
  return { name: parts.join('.'), next: j };
}
