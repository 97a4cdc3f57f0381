import { useMemo } from 'react';
import { z } from 'zod';
import { usePartners, type PartnerQuestion } from '../../api/partners.ts';
import { GraphCanvas } from '../../canvas/GraphCanvas.tsx';
import { download } from '../../export/download.ts';
import { useT, type Key } from '../../i18n/index.ts';
import { list, num, oneOf, text, useViewParams } from '../../router.ts';
import { ErrorMessage } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { suggestionsCsv } from './csv.ts';
import { reasonText } from './reasons.ts';
import { COMPONENTS, DEFAULT_WEIGHTS, type ComponentName, type Weights } from './types.ts';

const HELICES = ['government', 'industry', 'academia', 'intermediary', 'civil_society'];
const NEED_PARTS = [
  { param: 'sectors', type: 'Sector', key: 'partnersSectors' },
  { param: 'technologies', type: 'Technology', key: 'partnersTechnologies' },
  { param: 'regions', type: 'Region', key: 'partnersRegions' },
] as const;
const COMPONENT_KEYS: Record<ComponentName, Key> = {
  topical: 'partnersTopical',
  proximity: 'partnersProximity',
  complementarity: 'partnersComplementarity',
  activity: 'partnersActivity',
  geography: 'partnersGeography',
};
const keyOf = (id: string) => id.slice(id.indexOf(':') + 1);

const weight = () => num().pipe(z.number().min(0).max(10).optional()).catch(undefined);
const PartnersParams = z.object({
  mode: oneOf(['actor', 'need'], 'actor'),
  actors: list(),
  sectors: list(),
  technologies: list(),
  regions: list(),
  helix: list(),
  candidate: text(),
  'w.topical': weight(),
  'w.proximity': weight(),
  'w.complementarity': weight(),
  'w.activity': weight(),
  'w.geography': weight(),
});

function weightsOf(params: Partial<Record<`w.${ComponentName}`, number>>): Weights {
  const w = { ...DEFAULT_WEIGHTS };
  for (const c of COMPONENTS) w[c] = params[`w.${c}`] ?? w[c];
  return w;
}

/** Picked ids as removable chips, with a type-ahead to add more. */
function Picker({ ids, type, label, placeholder, names, onChange }: { ids: string[]; type: string; label: string; placeholder: string; names: Map<string, string>; onChange: (ids: string[]) => void }) {
  const { t } = useT();
  return (
    <div className="partners-picker" data-testid={`pick-${type}`}>
      <span>{label}</span>
      <ul className="chips">
        {ids.map((id) => (
          <li key={id}>
            {names.get(id) ?? keyOf(id)}{' '}
            <button type="button" aria-label={t('partnersRemove', { name: names.get(id) ?? keyOf(id) })} onClick={() => onChange(ids.filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <SearchBox types={[type]} label={label} placeholder={placeholder} testId={`partners-search-${type}`} onPick={(r) => !ids.includes(r.id) && onChange([...ids, r.id])} />
    </div>
  );
}

/** Partner finder: pick the asker (actors) or describe a need, weigh the components, read the reasons. */
export function PartnersView() {
  const tr = useT();
  const { t, helix: helixName } = tr;
  const [params, setParams] = useViewParams(PartnersParams);
  const { mode, actors } = params;
  const need = { sectors: params.sectors, technologies: params.technologies, regions: params.regions, helix: params.helix };
  const weights = weightsOf(params);
  const selected = params.candidate;
  const body = useMemo((): PartnerQuestion | undefined => {
    if (mode === 'actor') return actors.length ? { ...(actors.length === 1 ? { actor: actors[0]! } : { actors }), weights, limit: 25 } : undefined;
    const given = need.sectors.length + need.technologies.length + need.regions.length + need.helix.length;
    return given ? { need, weights, limit: 25 } : undefined;
    // The URL is the state: recompute when it changes.
  }, [params]);
  const { data, error, isLoading: loading } = usePartners(body);
  const chosen = data?.suggestions.find((s) => s.id === selected) ?? data?.suggestions[0];
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const a of data?.asker ?? []) m.set(a.id, a.name);
    for (const s of data?.suggestions ?? []) for (const n of s.graph.nodes) m.set(n.data.id, n.data.label);
    return m;
  }, [data]);
  const setIds = (param: string, ids: string[]) => setParams({ [param]: ids.join(',') || undefined, candidate: undefined });

  return (
    <div className="partners-view" style={{ display: 'grid', gridTemplateColumns: 'minmax(320px, 420px) 1fr', gap: '1rem', height: '100%' }}>
      <section aria-label={t('partnersTitle')} style={{ overflow: 'auto' }}>
        <h2>{t('partnersTitle')}</h2>
        <fieldset>
          <legend>{t('partnersAskBy')}</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'actor'} onChange={() => setParams({ mode: 'actor' })} /> {t('partnersByActor')}
          </label>{' '}
          <label>
            <input type="radio" name="mode" checked={mode === 'need'} onChange={() => setParams({ mode: 'need' })} /> {t('partnersByNeed')}
          </label>
        </fieldset>
        {mode === 'actor' ? (
          <Picker ids={actors} type="Actor" label={t('partnersAsker')} placeholder={t('partnersPickActor')} names={names} onChange={(ids) => setIds('actors', ids)} />
        ) : (
          <>
            {NEED_PARTS.map((p) => (
              <Picker key={p.param} ids={need[p.param]} type={p.type} label={t(p.key)} placeholder={t('searchPlaceholder')} names={names} onChange={(ids) => setIds(p.param, ids)} />
            ))}
            <label>
              {t('partnersHelix')}{' '}
              <select name="helix" value={need.helix[0] ?? ''} onChange={(e) => setParams({ helix: e.target.value || undefined, candidate: undefined })}>
                <option value="">{t('partnersAnyHelix')}</option>
                {HELICES.map((h) => (
                  <option key={h} value={h}>
                    {helixName(h)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <fieldset>
          <legend>{t('partnersWeights')}</legend>
          {COMPONENTS.map((c) => (
            <label key={c} style={{ display: 'block' }}>
              {t(COMPONENT_KEYS[c])} {weights[c]}
              <input type="range" name={`w.${c}`} aria-label={t(COMPONENT_KEYS[c])} min={0} max={2} step={0.25} value={weights[c]} onChange={(e) => setParams({ [`w.${c}`]: e.target.value })} />
            </label>
          ))}
        </fieldset>
        {!body && <p>{t('partnersStart')}</p>}
        {error && <ErrorMessage error={error} />}
        {loading && <p role="status">{t('partnersFinding')}</p>}
        {data && (
          <>
            <p>
              {t('partnersCount', { returned: data.summary.returned, candidates: data.summary.candidates })}{' '}
              <button type="button" onClick={() => download('partners.csv', suggestionsCsv(data.suggestions), 'text/csv')}>
                {t('partnersExport')}
              </button>
            </p>
            <ol className="partner-list" data-testid="partner-list">
              {data.suggestions.map((s) => (
                <li key={s.id} data-id={s.id} aria-selected={s.id === chosen?.id}>
                  <button type="button" onClick={() => setParams({ candidate: s.id })}>
                    <strong>{s.name}</strong> {s.helix && <span className={`helix-${s.helix}`}>({helixName(s.helix)})</span>} {s.score.toFixed(2)}
                  </button>
                  <ul>
                    {s.reasons.map((r) => (
                      <li key={r.text}>{reasonText(tr, r)}</li>
                    ))}
                  </ul>
                  {s.introducers.length > 0 && <p>{t('partnersIntroducedBy', { names: s.introducers.map((i) => i.name).join(', ') })}</p>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-label={chosen ? t('partnersEvidence', { name: chosen.name }) : t('partnersTitle')} style={{ minHeight: 400 }}>
        {chosen && (
          <>
            <h3>{t('partnersEvidence', { name: chosen.name })}</h3>
            <GraphCanvas elements={chosen.graph} layout="fcose" selected={chosen.id} />
          </>
        )}
      </section>
    </div>
  );
}
