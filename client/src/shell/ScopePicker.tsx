import type { ScopeKind } from '../api/analysis.ts';
import { useT, type Key } from '../i18n/index.ts';
import { Field } from '../ui/index.ts';
import { SearchBox } from './SearchBox.tsx';

export const SCOPES: { scope: ScopeKind; key: Key; type?: string }[] = [
  { scope: 'all', key: 'scopeAll' },
  { scope: 'sector', key: 'scopeSector', type: 'Sector' },
  { scope: 'region', key: 'scopeRegion', type: 'Region' },
  { scope: 'policy', key: 'scopePolicy', type: 'Policy' },
  { scope: 'project', key: 'scopeProject', type: 'Project' },
];
export const SCOPE_KINDS = ['all', 'sector', 'region', 'policy', 'project'] as const;

export const scopeOf = (kind: string) => SCOPES.find((s) => s.scope === kind) ?? SCOPES[0]!;

/** A scope kind and, unless it is the whole graph, the sector, region, policy or project picked by search. */
export function ScopePicker({ scope, label, onScope, onPick }: { scope: ScopeKind; label: string; onScope: (scope: ScopeKind) => void; onPick: (id: string, label: string) => void }) {
  const { t } = useT();
  const s = scopeOf(scope);
  return (
    <>
      <Field label={t('scope')} inline>
        <select value={s.scope} onChange={(e) => onScope(scopeOf(e.target.value).scope)} data-testid="scope">
          {SCOPES.map((o) => (
            <option key={o.scope} value={o.scope}>
              {t(o.key)}
            </option>
          ))}
        </select>
      </Field>
      {s.type && <SearchBox testId="scope-search" types={[s.type]} label={t(s.key)} key={label} initial={label} onPick={(r) => onPick(r.id, r.label)} />}
    </>
  );
}
