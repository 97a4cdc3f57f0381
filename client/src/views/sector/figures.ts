import type { SectorProfile } from '../../api/types.ts';
import { localeOf, type Lang } from '../../i18n/index.ts';

// Key figures as people read them: the metric in words, the value with its unit in the reader's
// language, grouped by the (sub-)sector and source table they come from.

export type Figure = SectorProfile['figures'][number];

const METRIC_BASES: Record<string, { en: string; nl: string }> = {
  employees: { en: 'Employees', nl: 'Werknemers' },
  employment_share: { en: 'Share of employment in the province', nl: 'Aandeel in de werkgelegenheid van de provincie' },
  employment: { en: 'Employment', nl: 'Werkgelegenheid' },
  employment_specialisation_index: { en: 'Employment specialisation index', nl: 'Specialisatie-index werkgelegenheid' },
  value_added: { en: 'Value added', nl: 'Toegevoegde waarde' },
  value_added_share: { en: 'Share of value added in the province', nl: 'Aandeel in de toegevoegde waarde van de provincie' },
  value_added_specialisation_index: { en: 'Value added specialisation index', nl: 'Specialisatie-index toegevoegde waarde' },
};
const TREND = { en: 'change', nl: 'evolutie' };

/** "employment_trend_2000_2007" → "Employment, change 2000–2007"; unknown ids are put into words from the observation's own name. */
export function metricName(f: { metric?: string; name?: unknown; nameEn?: unknown }, lang: Lang): string {
  const metric = String(f.metric ?? '');
  const [, base = metric, from, to] = /^(.*?)(?:_trend_(\d{4})_(\d{4}))?$/.exec(metric) ?? [];
  const known = METRIC_BASES[base];
  if (known) return from ? `${known[lang]}, ${TREND[lang]} ${from}–${to}` : known[lang];
  // The observation's own name reads "<metric> – <sector> (<region>)": its first part names the metric.
  const own = lang === 'en' ? (f.nameEn ?? f.name) : (f.name ?? f.nameEn);
  if (typeof own === 'string' && own.trim()) return own.split(' – ')[0]!.trim();
  const words = metric.replace(/_(\d{4})_(\d{4})$/, ' $1–$2').replace(/_/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : '–';
}

const DIRECTIONS: Record<string, { en: string; nl: string }> = {
  '+': { en: '↑ rising', nl: '↑ stijgend' },
  '-': { en: '↓ falling', nl: '↓ dalend' },
  '=': { en: '= unchanged', nl: '= gelijk' },
};

/** The value with its unit, in the reader's language: "35,991 employees", "35.991 werknemers", "€7,000 million", "5,4%". */
export function formatValue(f: Pick<Figure, 'value' | 'unit' | 'printed'>, lang: Lang): string {
  const locale = localeOf(lang);
  const unit = String(f.unit ?? '').trim();
  const printed = typeof f.printed === 'string' ? f.printed.trim() : '';
  if (typeof f.value !== 'number') return DIRECTIONS[printed]?.[lang] ?? (printed || '–');
  const n = (digits = 1) => f.value!.toLocaleString(locale, { maximumFractionDigits: digits });
  switch (unit) {
    case '%':
      return lang === 'nl' ? `${n()}%` : `${n()}%`;
    case 'employees':
      return `${n(0)} ${lang === 'nl' ? 'werknemers' : 'employees'}`;
    case 'million EUR':
      return lang === 'nl' ? `${n()} mln euro` : `€${n()} million`;
    case 'index (BE = 1)':
      return `${n(2)} (${lang === 'nl' ? 'België' : 'Belgium'} = 1)`;
    default:
      return unit ? `${n(2)} ${unit}` : n(2);
  }
}

export interface FigureGroup {
  /** The (sub-)sector the figures describe. */
  sector: { id: string; label: string };
  table: string | null;
  region: string | null;
  figures: Figure[];
}

/** Figures grouped by their source sub-sector, table and region, in the server's order (the sector's own first). */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const region = typeof f.regionName === 'string' ? f.regionName : null;
    const key = [f.source.sector, f.source.table ?? '', region ?? ''].join('\u0000');
    const group = groups.get(key) ?? { sector: { id: f.source.sector, label: f.source.label }, table: f.source.table, region, figures: [] };
    group.figures.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * How long each figure's bar is, as a signed fraction of the largest value of the same unit across
 * all figures shown (so 5.4% and 43.8% are drawn in proportion); null where there is no number.
 */
export function barScale(figures: readonly Figure[]): (f: Figure) => number | null {
  const max = new Map<string, number>();
  for (const f of figures) {
    if (typeof f.value !== 'number') continue;
    const unit = String(f.unit ?? '');
    max.set(unit, Math.max(max.get(unit) ?? 0, Math.abs(f.value)));
  }
  return (f) => {
    if (typeof f.value !== 'number') return null;
    const m = max.get(String(f.unit ?? '')) ?? 0;
    return m === 0 ? 0 : f.value / m;
  };
}
