import { useMemo } from 'react';
import { useApi } from '../../api/useApi.ts';
import { GraphCanvas } from '../../canvas/GraphCanvas.tsx';
import { download } from '../../export/download.ts';
import { useUrlState } from '../../router.ts';
import { suggestionsCsv } from './csv.ts';
import { COMPONENTS, DEFAULT_WEIGHTS, type PartnerAnswer, type Weights } from './types.ts';

const HELICES = ['government', 'industry', 'academia', 'intermediary', 'civil_society'];
const list = (v: string | null) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function weightsOf(params: URLSearchParams): Weights {
  const w = { ...DEFAULT_WEIGHTS };
  for (const c of COMPONENTS) {
    const v = Number(params.get(`w.${c}`));
    if (params.has(`w.${c}`) && Number.isFinite(v) && v >= 0 && v <= 10) w[c] = v;
  }
  return w;
}

/** Partner finder: pick the asker (actors) or describe a need, weigh the components, read the reasons. */
export function PartnersView() {
  const [params, setParams] = useUrlState();
  const mode = params.get('mode') === 'need' ? 'need' : 'actor';
  const actors = list(params.get('actors'));
  const need = { sectors: list(params.get('sectors')), technologies: list(params.get('technologies')), regions: list(params.get('regions')), helix: list(params.get('helix')) };
  const weights = weightsOf(params);
  const selected = params.get('candidate');
  const body = useMemo(() => {
    if (mode === 'actor') return actors.length ? { ...(actors.length === 1 ? { actor: actors[0] } : { actors }), weights, limit: 25 } : undefined;
    const given = need.sectors.length + need.technologies.length + need.regions.length + need.helix.length;
    return given ? { need, weights, limit: 25 } : undefined;
    // The URL is the state: recompute when it changes.
  }, [params.toString()]);
  const { data, error, loading } = useApi<PartnerAnswer>(body ? '/api/partners' : null, body);
  const chosen = data?.suggestions.find((s) => s.id === selected) ?? data?.suggestions[0];

  return (
    <div className="partners-view" style={{ display: 'grid', gridTemplateColumns: 'minmax(320px, 420px) 1fr', gap: '1rem', height: '100%' }}>
      <section aria-label="Ask" style={{ overflow: 'auto' }}>
        <h2>Partner finder</h2>
        <fieldset>
          <legend>Ask by</legend>
          <label>
            <input type="radio" name="mode" checked={mode === 'actor'} onChange={() => setParams({ mode: 'actor' })} /> actor or group
          </label>{' '}
          <label>
            <input type="radio" name="mode" checked={mode === 'need'} onChange={() => setParams({ mode: 'need' })} /> need
          </label>
        </fieldset>
        {mode === 'actor' ? (
          <label>
            Actors (ids, comma-separated)
            <input name="actors" defaultValue={actors.join(', ')} placeholder="Actor:agfa-gevaert" onBlur={(e) => setParams({ actors: list(e.target.value).join(',') || undefined, candidate: undefined })} />
          </label>
        ) : (
          <>
            {(['sectors', 'technologies', 'regions'] as const).map((k) => (
              <label key={k}>
                {k} (ids)
                <input name={k} defaultValue={need[k].join(', ')} onBlur={(e) => setParams({ [k]: list(e.target.value).join(',') || undefined, candidate: undefined })} />
              </label>
            ))}
            <label>
              helix
              <select name="helix" value={need.helix[0] ?? ''} onChange={(e) => setParams({ helix: e.target.value || undefined, candidate: undefined })}>
                <option value="">any</option>
                {HELICES.map((h) => (
                  <option key={h}>{h}</option>
                ))}
              </select>
            </label>
          </>
        )}
        <fieldset>
          <legend>Weights</legend>
          {COMPONENTS.map((c) => (
            <label key={c} style={{ display: 'block' }}>
              {c} {weights[c]}
              <input type="range" name={`w.${c}`} min={0} max={2} step={0.25} value={weights[c]} onChange={(e) => setParams({ [`w.${c}`]: e.target.value }, true)} />
            </label>
          ))}
        </fieldset>
        {error && <p role="alert">{error.message}</p>}
        {loading && <p>Finding partners…</p>}
        {data && (
          <>
            <p>
              {data.summary.returned} of {data.summary.candidates} candidates{' '}
              <button type="button" onClick={() => download('partners.csv', suggestionsCsv(data.suggestions), 'text/csv')}>
                Export CSV
              </button>
            </p>
            <ol className="partner-list">
              {data.suggestions.map((s) => (
                <li key={s.id} aria-selected={s.id === chosen?.id}>
                  <button type="button" onClick={() => setParams({ candidate: s.id })}>
                    <strong>{s.name}</strong> {s.helix && <span className={`helix-${s.helix}`}>({s.helix})</span>} {s.score.toFixed(2)}
                  </button>
                  <ul>
                    {s.reasons.map((r) => (
                      <li key={r.text}>{r.text}</li>
                    ))}
                  </ul>
                  {s.introducers.length > 0 && <p>Introduced by: {s.introducers.map((i) => i.name).join(', ')}</p>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-label="Evidence" style={{ minHeight: 400 }}>
        {chosen && <GraphCanvas elements={chosen.graph} layout="fcose" selected={chosen.id} />}
      </section>
    </div>
  );
}
