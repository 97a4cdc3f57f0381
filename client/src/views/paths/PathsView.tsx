import { useMemo } from 'react';
import { z } from 'zod';
import { HELICES } from '../../../../contract/index.ts';
import { usePaths } from '../../api/analysis.ts';
import { useT } from '../../i18n/index.ts';
import { int, oneOf, text, useViewParams } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';

const PathsParams = z.object({
  from: text(),
  to: text(),
  fromLabel: text(),
  toLabel: text(),
  k: int(1, 5, 3),
  maxHops: int(1, 6, 4),
  only: oneOf(['', 'collaboration'], ''),
  avoid: oneOf(['', ...HELICES], ''),
  path: int(0, 4, 0),
});

const label = (id: string | null) => (id ? id.slice(id.indexOf(':') + 1) : '');

/** Two nodes → the k shortest paths between them, listed and highlighted on the canvas. */
export function PathsView() {
  const { t, helix } = useT();
  const [params, setParams] = useViewParams(PathsParams);
  const { from, to, k, maxHops, only, avoid } = params;
  const asked = from && to ? { from, to, k, maxHops, only: only || undefined, avoidHelix: avoid || undefined } : null;
  const answer = usePaths(asked);
  const url = asked;
  const chosen = params.path;
  const names = useMemo(() => new Map(answer.data?.nodes.map((n) => [n.data.id, n.data.label]) ?? []), [answer.data]);
  const path = answer.data?.paths[chosen];
  const highlight = useMemo(() => (path ? { nodes: path.nodes, edges: path.edges } : null), [path]);

  const side = answer.data && (
    <section className="paths" aria-label={t('viewPaths')}>
      <h2>{t('viewPaths')}</h2>
      {answer.data.paths.length === 0 && <p className="hint">{t('noPaths', { hops: maxHops })}</p>}
      <ol data-testid="path-list">
        {answer.data.paths.map((p, i) => (
          <li key={i} className={i === chosen ? 'active' : ''}>
            <button type="button" className="link" onClick={() => setParams({ path: String(i) })}>
              {t('hops', { n: p.hops })}: {p.nodes.map((n) => names.get(n) ?? n).join(' → ')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );

  return (
    <div className="view">
      <div className="view-controls">
        <SearchBox testId="path-from" label={t('from')} placeholder={t('from')} initial={params.fromLabel ?? names.get(from ?? '') ?? label(from ?? null)} onPick={(r) => setParams({ from: r.id, fromLabel: r.label, path: undefined })} />
        <SearchBox testId="path-to" label={t('to')} placeholder={t('to')} initial={params.toLabel ?? names.get(to ?? '') ?? label(to ?? null)} onPick={(r) => setParams({ to: r.id, toLabel: r.label, path: undefined })} />
        <label>
          {t('k')} <input type="number" min={1} max={5} value={k} onChange={(e) => setParams({ k: e.target.value })} />
        </label>
        <label>
          {t('maxHops')} <input type="number" min={1} max={6} value={maxHops} onChange={(e) => setParams({ maxHops: e.target.value })} />
        </label>
        <label>
          <input type="checkbox" checked={only === 'collaboration'} onChange={(e) => setParams({ only: e.target.checked ? 'collaboration' : undefined })} /> {t('onlyCollaboration')}
        </label>
        <label>
          {t('avoidHelix')}{' '}
          <select value={avoid} onChange={(e) => setParams({ avoid: e.target.value || undefined })}>
            <option value="">{t('none')}</option>
            {HELICES.map((h) => (
              <option key={h} value={h}>
                {helix(h)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!url && <Empty>{t('pathsHint')}</Empty>}
      {url && answer.error && <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />}
      {url && !answer.error && !answer.data && <Loading />}
      {answer.data && answer.data.nodes.length === 0 && <Empty>{t('noPaths', { hops: maxHops })}</Empty>}
      {answer.data && answer.data.nodes.length > 0 && <Scene elements={answer.data} name="paths" title={t('viewPaths')} defaultLayout="fcose" highlight={highlight} side={side} />}
    </div>
  );
}
