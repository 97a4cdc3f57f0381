import { z } from 'zod';
import { useCrossSector, useShared } from '../../api/analysis.ts';
import { HELIX_COLOURS, OTHER_COLOUR } from '../../canvas/helix.ts';
import { useT } from '../../i18n/index.ts';
import { oneOf, text, useViewParams } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { Field, Toolbar } from '../../ui/index.ts';

const CrossSectorParams = z.object({ level: oneOf(['sector', 'subsector'], 'sector'), sel: text(), selk: oneOf(['node', 'edge'], 'node') });

/** Sectors linked by shared actors and projects, with the technologies that enable several of them. */
export function CrossSectorView() {
  const { t } = useT();
  const [params, setParams] = useViewParams(CrossSectorParams);
  const level = params.level;
  const answer = useCrossSector(level);
  const sel = params.sel;
  const edge = params.selk === 'edge' && sel ? answer.data?.edges.find((e) => e.data.id === sel)?.data : undefined;
  const pair = edge && edge.type === 'SHARES' ? edge : undefined;
  const shared = useShared(pair);
  const name = new Map(answer.data?.nodes.map((n) => [n.data.id, n.data.label]) ?? []);
  const partners =
    sel && !edge && answer.data
      ? answer.data.edges
          .filter((e) => e.data.type === 'SHARES' && (e.data.source === sel || e.data.target === sel))
          .map((e) => ({ id: e.data.source === sel ? e.data.target : e.data.source, weight: Number(e.data.weight ?? 0), edge: e.data.id }))
          .sort((a, b) => b.weight - a.weight)
      : [];

  const side = (
    <section className="shared" data-testid="shared">
      {!pair && partners.length === 0 && <p className="hint">{t('sharedHint')}</p>}
      {partners.length > 0 && (
        <>
          <h2>{name.get(sel!)}</h2>
          <ol className="partners" data-testid="partners">
            {partners.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => setParams({ sel: p.edge, selk: 'edge' })}>
                  {name.get(p.id) ?? p.id}
                </button>{' '}
                <span className="count">{p.weight}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {pair && (
        <>
          <h2>{t('shared', { a: name.get(pair.source) ?? pair.source, b: name.get(pair.target) ?? pair.target })}</h2>
          {shared.isLoading && <Loading />}
          {shared.error && <ErrorMessage error={shared.error} onRetry={() => void shared.refetch()} />}
          {shared.data && (
            <>
              <h3>
                {t('actors')} ({shared.data.actors.length})
              </h3>
              <ul className="shared-list">
                {shared.data.actors.map((a) => (
                  <li key={a.id}>
                    <span className="swatch" style={{ background: (a.helix && HELIX_COLOURS[a.helix]) || OTHER_COLOUR }} /> {a.label}
                  </li>
                ))}
              </ul>
              <h3>
                {t('projects')} ({shared.data.projects.length})
              </h3>
              <ul className="shared-list">
                {shared.data.projects.map((p) => (
                  <li key={p.id}>{p.label}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );

  return (
    <div className="view">
      <Toolbar label={t('level')} className="view-controls">
        <Field label={t('level')} inline>
          <select value={level} onChange={(e) => setParams({ level: e.target.value, sel: undefined, selk: undefined, cam: undefined })} data-testid="level">
            <option value="sector">{t('levelSector')}</option>
            <option value="subsector">{t('levelSubsector')}</option>
          </select>
        </Field>
      </Toolbar>
      {answer.error && <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />}
      {!answer.error && !answer.data && <Loading text={t('loadingGraph')} />}
      {answer.data && answer.data.nodes.length === 0 && <Empty>{t('emptyGraph')}</Empty>}
      {answer.data && answer.data.nodes.length > 0 && (
        <Scene
          elements={answer.data}
          summary={answer.data.summary}
          name={`cross-sector-${level}`}
          title={`${t('viewCrossSector')} — ${t(level === 'sector' ? 'levelSector' : 'levelSubsector')}`}
          defaultLayout="fcose"
          side={side}
        />
      )}
    </div>
  );
}
