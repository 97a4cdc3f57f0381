import type { Lang } from './index.ts';

// Policy levels (contract POLICY_LEVELS) in the reader's language.

const LEVELS: Record<Lang, Record<string, string>> = {
  en: { eu: 'European', federal: 'Federal', regional: 'Regional', provincial: 'Provincial', subregional: 'Subregional', local: 'Local' },
  nl: { eu: 'Europees', federal: 'Federaal', regional: 'Gewestelijk', provincial: 'Provinciaal', subregional: 'Subregionaal', local: 'Lokaal' },
};

/** "provincial" → "Provinciaal"; an unknown level as it is, none as a dash. */
export const policyLevel = (level: string | null | undefined, lang: Lang): string => (level ? (LEVELS[lang][level] ?? level) : '–');
