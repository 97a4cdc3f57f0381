import { csvField } from '../../export/csv.ts';
import { COMPONENTS, type Suggestion } from './types.ts';

/** The ranked list as CSV: one row per candidate with its components, reasons and introducers. */
export function suggestionsCsv(suggestions: Suggestion[]): string {
  const header = ['rank', 'id', 'name', 'helix', 'country', 'score', ...COMPONENTS, 'reasons', 'introducers'];
  const rows = suggestions.map((s) => [
    s.rank,
    s.id,
    s.name,
    s.helix,
    s.country,
    s.score,
    ...COMPONENTS.map((c) => s.components[c]),
    s.reasons.map((r) => r.text).join(' '),
    s.introducers.map((i) => i.name).join('; '),
  ]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
