// The level of a policy or region, as stored in the data ("regional", "province"), in words of the
// interface's language. A level without words here shows as stored.

export const LEVEL_LABELS: Record<'en' | 'nl', Record<string, string>> = {
  en: {
    eu: 'EU',
    federal: 'federal',
    provincial: 'provincial',
    regional: 'regional',
    subregional: 'subregional',
    arrondissement: 'arrondissement',
    city: 'city',
    country: 'country',
    cross_border: 'cross-border',
    metropolitan: 'metropolitan',
    province: 'province',
    region: 'region',
    site: 'site',
    subregion: 'subregion',
  },
  nl: {
    eu: 'EU',
    federal: 'federaal',
    provincial: 'provinciaal',
    regional: 'regionaal',
    subregional: 'subregionaal',
    arrondissement: 'arrondissement',
    city: 'stad',
    country: 'land',
    cross_border: 'grensoverschrijdend',
    metropolitan: 'grootstedelijk',
    province: 'provincie',
    region: 'gewest',
    site: 'site',
    subregion: 'subregio',
  },
};

export const levelIn = (lang: 'en' | 'nl', level: string): string => LEVEL_LABELS[lang][level] ?? level;
