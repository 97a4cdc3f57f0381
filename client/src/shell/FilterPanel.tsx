import { useMemo } from 'react';
import type { GraphElements } from '../api/client.ts';
import { filterOptions, isFiltering, NO_FILTERS, type FilterOption, type Filters } from '../graph/filters.ts';
import { useT, type Key } from '../i18n/index.ts';

type ListFilter = 'helix' | 'kind' | 'sector' | 'technology' | 'region' | 'relType';
const GROUPS: { key: ListFilter; title: Key }[] = [
  { key: 'helix', title: 'helix' },
  { key: 'kind', title: 'kind' },
  { key: 'sector', title: 'sector' },
  { key: 'technology', title: 'technology' },
  { key: 'region', title: 'region' },
  { key: 'relType', title: 'relType' },
];

export interface FilterPanelProps {
  scene: GraphElements;
  filters: Filters;
  visibleCounts: { nodes: number; edges: number };
  onChange: (f: Filters) => void;
}

/** Filters on the scene, with how many nodes and links each option concerns and what remains. */
export function FilterPanel({ scene, filters, visibleCounts, onChange }: FilterPanelProps) {
  const { t, num, helix, relation } = useT();
  const options = useMemo(() => filterOptions(scene), [scene]);
  const toggle = (key: ListFilter, value: string) => {
    const on = filters[key].includes(value);
    onChange({ ...filters, [key]: on ? filters[key].filter((v) => v !== value) : [...filters[key], value] });
  };
  const label = (key: ListFilter, o: FilterOption) => (key === 'helix' ? helix(o.value) : key === 'relType' ? relation(o.value) : o.label);
  return (
    <section className="filters" aria-label={t('filters')} data-testid="filters">
      <h2>{t('filters')}</h2>
      <p className="filter-counts" data-testid="filter-counts">
        {t('showing', { nodes: num(visibleCounts.nodes), allNodes: num(scene.nodes.length), edges: num(visibleCounts.edges), allEdges: num(scene.edges.length) })}
      </p>
      {isFiltering(filters) && (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          {t('clearFilters')}
        </button>
      )}
      {GROUPS.filter((g) => options[g.key].length > 0).map((g) => (
        <details key={g.key} open={g.key === 'helix' || filters[g.key].length > 0}>
          <summary>
            {t(g.title)}
            {filters[g.key].length > 0 && ` (${filters[g.key].length})`}
          </summary>
          <div className="filter-options">
            {options[g.key].slice(0, 40).map((o) => (
              <label key={o.value}>
                <input type="checkbox" checked={filters[g.key].includes(o.value)} onChange={() => toggle(g.key, o.value)} /> {label(g.key, o)} <span className="count">{num(o.count)}</span>
              </label>
            ))}
          </div>
        </details>
      ))}
      {scene.edges.some((e) => typeof e.data.weight === 'number') && (
        <label className="min-weight">
          {t('minWeight')}{' '}
          <input
            type="number"
            min={0}
            step={1}
            value={filters.minWeight ?? ''}
            onChange={(e) => onChange({ ...filters, minWeight: e.target.value === '' ? null : Number(e.target.value) })}
          />
        </label>
      )}
    </section>
  );
}
