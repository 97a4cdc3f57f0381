import { Fragment, useMemo } from 'react';
import { z } from 'zod';
import { HELICES, type Helix } from '../../../../contract/index.ts';
import { useModelWhenReady, usePartners, type PartnerQuestion } from '../../api/partners.ts';
import { GraphCanvas } from '../../canvas/GraphCanvas.tsx';
import { HELIX_COLOURS, OTHER_COLOUR } from '../../canvas/helix.ts';
import { download } from '../../export/download.ts';
import { localeOf, useT, type Key } from '../../i18n/index.ts';
import { list, num, oneOf, text, useViewParams } from '../../router.ts';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { Card, Chips, Choice, EmptyState, ErrorState, Field, Loading, Slider } from '../../ui/index.ts';
import { suggestionsCsv } from './csv.ts';
import { joinNames, reasonText } from './reasons.ts';
import { COMPONENTS, DEFAULT_WEIGHTS, type ComponentName, type Weights } from './types.ts';
import './partners.css';

const isHelix = (h: string): h is Helix => (HELICES as readonly string[]).includes(h);
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

/** Whether the user moved a weight slider: then the weights rank, otherwise the server's default (the ranking model when it is ready). */
const weightsMoved = (params: Partial<Record<`w.${ComponentName}`, number>>) => COMPONENTS.some((c) => params[`w.${c}`] !== undefined);
const NO_WEIGHTS = Object.fromEntries(COMPONENTS.map((c) => [`w.${c}`, undefined]));

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
      <span className="ui-field-label">{label}</span>
      <Chips items={ids.map((id) => ({ id, label: names.get(id) ?? keyOf(id) }))} removeLabel={(name) => t('partnersRemove', { name })} onRemove={(id) => onChange(ids.filter((x) => x !== id))} />
      <SearchBox types={[type]} label={label} placeholder={placeholder} testId={`partners-search-${type}`} onPick={(r) => !ids.includes(r.id) && onChange([...ids, r.id])} />
    </div>
  );
}

/** Partner finder: pick the asker (actors) or describe a need, weigh the components, read the reasons. */
export function PartnersView() {
  const tr = useT();
  const { t, helix: helixName, num } = tr;
  const [params, setParams] = useViewParams(PartnersParams);
  const { mode, actors } = params;
  const need = { sectors: params.sectors, technologies: params.technologies, regions: params.regions, helix: params.helix.filter(isHelix) };
  const weights = weightsOf(params);
  const moved = weightsMoved(params);
  const selected = params.candidate;
  const body = useMemo((): PartnerQuestion | undefined => {
    // Weights go with the question only once the user moved one: without them the server ranks by its default.
    const chosen = moved ? { weights } : {};
    if (mode === 'actor') return actors.length ? { ...(actors.length === 1 ? { actor: actors[0]! } : { actors }), ...chosen, limit: 25 } : undefined;
    const given = need.sectors.length + need.technologies.length + need.regions.length + need.helix.length;
    return given ? { need, ...chosen, limit: 25 } : undefined;
    // The URL is the state: recompute when it changes.
  }, [params]);
  const { data, error, isLoading: loading } = usePartners(body);
  useModelWhenReady(mode === 'actor' && !moved && data?.summary.ranking === 'weights');
  const chosen = data?.suggestions.find((s) => s.id === selected) ?? data?.suggestions[0];
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const a of data?.asker ?? []) m.set(a.id, a.name);
    for (const s of data?.suggestions ?? []) for (const n of s.graph.nodes) m.set(n.data.id, n.data.label);
    return m;
  }, [data]);
  const setIds = (param: string, ids: string[]) => setParams({ [param]: ids.join(',') || undefined, candidate: undefined });

  return (
    <div className="partners-view">
      <section className="partners-side" aria-label={t('partnersTitle')}>
        <h2>{t('partnersTitle')}</h2>
        <Choice
          label={t('partnersAskBy')}
          name="mode"
          value={mode}
          options={[
            { value: 'actor', label: t('partnersByActor') },
            { value: 'need', label: t('partnersByNeed') },
          ]}
          onChange={(m) => setParams({ mode: m })}
        />
        {mode === 'actor' ? (
          <Picker ids={actors} type="Actor" label={t('partnersAsker')} placeholder={t('partnersPickActor')} names={names} onChange={(ids) => setIds('actors', ids)} />
        ) : (
          <>
            {NEED_PARTS.map((p) => (
              <Picker key={p.param} ids={need[p.param]} type={p.type} label={t(p.key)} placeholder={t('searchPlaceholder')} names={names} onChange={(ids) => setIds(p.param, ids)} />
            ))}
            <Field label={t('partnersHelix')}>
              <select name="helix" value={need.helix[0] ?? ''} onChange={(e) => setParams({ helix: e.target.value || undefined, candidate: undefined })}>
                <option value="">{t('partnersAnyHelix')}</option>
                {HELICES.map((h) => (
                  <option key={h} value={h}>
                    {helixName(h)}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
        <Card title={t('partnersWeights')} className="weights">
          <div className="ui-sliders">
            {COMPONENTS.map((c) => (
              <Slider key={c} label={t(COMPONENT_KEYS[c])} name={`w.${c}`} min={0} max={2} step={0.025} value={weights[c]} onChange={(v) => setParams({ [`w.${c}`]: String(v) })} format={(v) => tr.decimal(v, 2, 3)} />
            ))}
          </div>
        </Card>
        {!body && <EmptyState>{t('partnersStart')}</EmptyState>}
        {error && <ErrorState inline error={error} />}
        {loading && <Loading text={t('partnersFinding')} />}
        {data && (
          <>
            <p className="partners-ranking" data-testid="partners-ranking" data-ranking={data.summary.ranking}>
              {data.summary.ranking === 'learned' && data.summary.model
                ? t('partnersRankingLearned', { date: new Date(data.summary.model.trainedAt).toLocaleDateString(localeOf(tr.lang), { dateStyle: 'long' }) })
                : t(moved ? 'partnersRankingWeights' : 'partnersRankingDefault')}
              {moved && (
                <button type="button" onClick={() => setParams(NO_WEIGHTS)}>
                  {t('partnersUseModel')}
                </button>
              )}
            </p>
            <p className="partners-count">
              {t('partnersCount', { returned: num(data.summary.returned), candidates: num(data.summary.candidates) })}
              <button type="button" onClick={() => download('partners.csv', suggestionsCsv(data.suggestions), 'text/csv')}>
                {t('partnersExport')}
              </button>
            </p>
            <ol className="partner-list" data-testid="partner-list">
              {data.suggestions.map((s) => (
                <li key={s.id} data-id={s.id} className="partner-card" aria-selected={s.id === chosen?.id}>
                  <button type="button" onClick={() => setParams({ candidate: s.id })}>
                    <span className="rank">{s.rank}.</span>
                    <span>
                      <span className="name">{s.name}</span>
                      {s.helix && (
                        <span className="helix-tag">
                          <span className="swatch" style={{ background: HELIX_COLOURS[s.helix] ?? OTHER_COLOUR }} />
                          {helixName(s.helix)}
                        </span>
                      )}
                    </span>
                    {/* the model's order has no score of its own to show: its place is the rank */}
                    {data.summary.ranking !== 'learned' && (
                      <span className="score" title={t('partnersScore')}>
                        {tr.decimal(s.score)}
                      </span>
                    )}
                  </button>
                  <div className="components" data-testid="components">
                    {COMPONENTS.map((c) => (
                      <Fragment key={c}>
                        <span>{t(COMPONENT_KEYS[c])}</span>
                        <span className="bar" role="meter" aria-label={t(COMPONENT_KEYS[c])} aria-valuemin={0} aria-valuemax={1} aria-valuenow={s.components[c]}>
                          <span style={{ width: `${Math.round(100 * s.components[c])}%` }} />
                        </span>
                        <span className="value">{tr.decimal(s.components[c])}</span>
                      </Fragment>
                    ))}
                  </div>
                  <ul className="reasons">
                    {s.reasons.map((r) => (
                      <li key={r.text}>{reasonText(tr, r)}</li>
                    ))}
                  </ul>
                  {s.introducers.length > 0 && <p className="introducers">{t('partnersIntroducedBy', { names: joinNames(tr, s.introducers.map((i) => i.name)) })}</p>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section className="partners-evidence" data-testid="partners-evidence" aria-label={chosen ? t('partnersEvidence', { name: chosen.name }) : t('partnersTitle')}>
        {chosen ? (
          <>
            <h3>{t('partnersEvidence', { name: chosen.name })}</h3>
            <GraphCanvas elements={chosen.graph} layout="fcose" selected={chosen.id} />
          </>
        ) : (
          <EmptyState>{t('partnersEvidenceHint')}</EmptyState>
        )}
      </section>
    </div>
  );
}
