import { useMemo } from 'react';
import { apiUrl } from '../../api/client.ts';
import type { PathsAnswer } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.ts';
import { useUrlState } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';

const label = (id: string | null) => (id ? id.slice(id.indexOf(':') + 1) : '');

/** Two nodes → the k shortest paths between them, listed and highlighted on the canvas. */
export function PathsView() {
  const { t, helix } = useT();
  const [params, setParams] = useUrlState();
  const from = params.get('from');
  const to = params.get('to');
  const k = Math.min(5, Math.max(1, Number(params.get('k') ?? 3) || 3));
  const maxHops = Math.min(6, Math.max(1, Number(params.get('maxHops') ?? 4) || 4));
  const only = params.get('only') ?? '';
  const avoid = params.get('avoid') ?? '';
  const url = from && to ? apiUrl('/api/paths', { from, to, k, maxHops, only: only || undefined, avoidHelix: avoid || undefined }) : null;
  const answer = useApi<PathsAnswer>(url);
  const chosen = Math.max(0, Number(params.get('path') ?? 0) || 0);
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
        <SearchBox testId="path-from" label={t('from')} placeholder={t('from')} initial={params.get('fromLabel') ?? names.get(from ?? '') ?? label(from)} onPick={(r) => setParams({ from: r.id, fromLabel: r.label, path: undefined })} />
        <SearchBox testId="path-to" label={t('to')} placeholder={t('to')} initial={params.get('toLabel') ?? names.get(to ?? '') ?? label(to)} onPick={(r) => setParams({ to: r.id, toLabel: r.label, path: undefined })} />
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
            {['government', 'industry', 'academia', 'intermediary', 'civil_society'].map((h) => (
              <option key={h} value={h}>
                {helix(h)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!url && <Empty>{t('pathsHint')}</Empty>}
      {url && answer.error && <ErrorMessage error={answer.error} onRetry={answer.reload} />}
      {url && !answer.error && !answer.data && <Loading />}
      {answer.data && answer.data.nodes.length === 0 && <Empty>{t('noPaths', { hops: maxHops })}</Empty>}
      {answer.data && answer.data.nodes.length > 0 && <Scene elements={answer.data} name="paths" defaultLayout="fcose" highlight={highlight} side={side} />}
    </div>
  );
}
