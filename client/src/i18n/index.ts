import { useSyncExternalStore } from 'react';
import { en, HELIX_LABELS, nl, TYPE_LABELS, type Key } from './dictionary.ts';
import { relationIn } from './relation-words.ts';

export type Lang = 'en' | 'nl';
export type { Key };
const DICTIONARIES: Record<Lang, Record<Key, string>> = { en, nl };
const STORAGE_KEY = 'helix.lang';

/** Fills {name} placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(lang: Lang, key: Key, vars?: Record<string, string | number>): string {
  return format(DICTIONARIES[lang][key], vars);
}

export const isLang = (v: unknown): v is Lang => v === 'en' || v === 'nl';

/** The link's `?lang=` first (a shared link opens in its language), then the last choice, then the browser's. */
const initial = (): Lang => {
  const linked = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('lang');
  if (isLang(linked)) return linked;
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'nl') return stored;
  return typeof navigator !== 'undefined' && navigator.language.startsWith('nl') ? 'nl' : 'en';
};

let lang: Lang = initial();
const listeners = new Set<() => void>();

export function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Keys that come as `<base>Zero`, `<base>One` and `<base>Other`: a count in words. */
export type CountKey = { [K in Key]: K extends `${infer B}Other` ? B : never }[Key];

/** The locale whose number and date formats the interface language uses. */
export const localeOf = (l: Lang): string => (l === 'nl' ? 'nl-BE' : 'en-GB');

/** A number with the interface language's digit grouping: "8,047" or "8.047". */
export const numberIn = (l: Lang, n: number): string => n.toLocaleString(localeOf(l));

/** A fraction with `digits` decimals (up to `most`) and a true minus sign, in the interface language: "0.56", "0,56", "−0,12"; "–" for none. */
export const decimalIn = (l: Lang, n: number | null | undefined, digits = 2, most = digits): string =>
  n === null || n === undefined ? '–' : n.toLocaleString(localeOf(l), { minimumFractionDigits: digits, maximumFractionDigits: most }).replace('-', '−');

export function countIn(l: Lang, base: CountKey, n: number): string {
  const form = n === 0 ? 'Zero' : n === 1 ? 'One' : 'Other';
  return translate(l, `${base}${form}` as Key, { n: numberIn(l, n) });
}

export interface Translator {
  lang: Lang;
  t: (key: Key, vars?: Record<string, string | number>) => string;
  /** "no rows", "1 row", "25 rows" in the interface language. */
  count: (base: CountKey, n: number) => string;
  num: (n: number) => string;
  /** decimalIn in the interface language. */
  decimal: (n: number | null | undefined, digits?: number, most?: number) => string;
  helix: (helix: string) => string;
  type: (type: string) => string;
  /** A relationship type in words: "collaborates with" for COLLABORATES_WITH. */
  relation: (type: string) => string;
}

export const currentLang = (): Lang => lang;

export function translator(l: Lang): Translator {
  return {
    lang: l,
    t: (key, vars) => translate(l, key, vars),
    count: (base, n) => countIn(l, base, n),
    num: (n) => numberIn(l, n),
    decimal: (n, digits, most) => decimalIn(l, n, digits, most),
    helix: (h) => HELIX_LABELS[l][h] ?? h,
    type: (ty) => TYPE_LABELS[l][ty] ?? ty,
    relation: (r) => relationIn(l, r),
  };
}

export function useT(): Translator {
  const current = useSyncExternalStore(subscribe, () => lang);
  return translator(current);
}
