import { useCallback, useEffect, useRef, useState } from 'react';
import { getJson, postJson, type GraphElements } from '../../api/client.ts';
import type { Scene as SceneAnswer } from '../../api/types.ts';
import { mergeElements } from '../../graph/merge.ts';
import { useT } from '../../i18n/index.ts';
import { useUrlState } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';

const MAX_IDS = 50; // POST /api/expand takes at most 50 ids

const idList = (s: string) => s.split(',').filter(Boolean);
const expand = (id: string, signal?: AbortSignal) => postJson<GraphElements>('/api/expand', { ids: [id], hops: 1 }, signal);

/**
 * The scene a link names: the neighbourhood of `ids`, or else the overview with the nodes in
 * `exp` expanded, each as the canvas expanded it (one request per node, merged).
 */
function useExplorerScene(ids: string, exp: string): { data: SceneAnswer | null; error: Error | null; reload: () => void } {
  const [state, setState] = useState<{ data: SceneAnswer | null; error: Error | null }>({ data: null, error: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const ctrl = new AbortController();
    setState({ data: null, error: null });
    const load = async (): Promise<SceneAnswer> => {
      if (ids) return postJson<SceneAnswer>('/api/expand', { ids: idList(ids).slice(-MAX_IDS), hops: 1 }, ctrl.signal);
      const overview = await getJson<SceneAnswer>('/api/overview', ctrl.signal);
      const expanded = idList(exp).slice(-MAX_IDS);
      if (expanded.length === 0) return overview;
      const more = await Promise.all(expanded.map((id) => expand(id, ctrl.signal)));
      return mergeElements(overview, ...more); // counts come from the merged scene, not the overview's summary
    };
    load()
      .then((data) => setState({ data, error: null }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error });
      });
    return () => ctrl.abort();
  }, [ids, exp, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/**
 * Search → expand freely. Without `ids` it shows the overview; with `ids` the neighbourhood of
 * those nodes. Nodes expanded on the canvas join `ids` (or `exp` on the overview), and leave it
 * on undo, so the link always reopens the scene on the canvas.
 */
export function ExplorerView() {
  const { t } = useT();
  const [params, setParams] = useUrlState();
  const urlIds = params.get('ids') ?? '';
  const urlExp = urlIds ? '' : (params.get('exp') ?? '');
  // What the canvas already shows: a URL change to these (written by the canvas) needs no new request.
  const shown = useRef({ ids: urlIds, exp: urlExp });
  const [base, setBase] = useState({ ids: urlIds, exp: urlExp });
  useEffect(() => {
    if (urlIds !== shown.current.ids || urlExp !== shown.current.exp) {
      shown.current = { ids: urlIds, exp: urlExp };
      setBase({ ids: urlIds, exp: urlExp });
    }
  }, [urlIds, urlExp]);

  const answer = useExplorerScene(base.ids, base.exp);

  const onExpand = useCallback((id: string) => expand(id), []);
  const onSceneChange = useCallback(
    (_scene: GraphElements, expanded: string[]) => {
      const key = base.ids ? 'ids' : 'exp';
      const list = [...new Set([...idList(base[key]), ...expanded])].slice(-MAX_IDS).join(',');
      if (list === shown.current[key]) return;
      shown.current = { ...shown.current, [key]: list };
      setParams({ [key]: list || undefined });
    },
    [base, setParams],
  );

  if (answer.error) return <ErrorMessage error={answer.error} onRetry={answer.reload} />;
  if (!answer.data) return <Loading text={t('loadingGraph')} />;
  if (answer.data.nodes.length === 0) return <Empty>{base.ids ? t('emptyScene') : t('emptyGraph')}</Empty>;
  return <Scene elements={answer.data} summary={answer.data.summary} name="explorer" onExpand={onExpand} onSceneChange={onSceneChange} />;
}
