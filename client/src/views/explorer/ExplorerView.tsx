import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { postJson, type GraphElements } from '../../api/client.ts';
import type { Scene as SceneAnswer } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.ts';
import { useUrlState } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';

const MAX_IDS = 50; // POST /api/expand takes at most 50 ids

/**
 * Search → expand freely. Without `ids` it shows the overview; with `ids` the neighbourhood of
 * those nodes. Nodes expanded on the canvas join `ids`, so the link reopens the same scene.
 */
export function ExplorerView() {
  const { t } = useT();
  const [params, setParams] = useUrlState();
  const idsParam = params.get('ids') ?? '';
  // The ids the canvas already shows: a URL change to these needs no new request.
  const shown = useRef(idsParam);
  const [baseIds, setBaseIds] = useState(idsParam);
  useEffect(() => {
    if (idsParam !== shown.current) {
      shown.current = idsParam;
      setBaseIds(idsParam);
    }
  }, [idsParam]);

  const body = useMemo(() => (baseIds ? { ids: baseIds.split(',').filter(Boolean).slice(-MAX_IDS), hops: 1 } : undefined), [baseIds]);
  const answer = useApi<SceneAnswer>(baseIds ? '/api/expand' : '/api/overview', body);

  const onExpand = useCallback((id: string) => postJson<GraphElements>('/api/expand', { ids: [id], hops: 1 }), []);
  const onSceneChange = useCallback(
    (_scene: GraphElements, expanded: string[]) => {
      if (!baseIds) return; // the overview is a first look; expansions of it are not kept in the link
      const ids = [...new Set([...baseIds.split(',').filter(Boolean), ...expanded])].slice(-MAX_IDS).join(',');
      if (ids !== shown.current) {
        shown.current = ids;
        setParams({ ids });
      }
    },
    [baseIds, setParams],
  );

  if (answer.error) return <ErrorMessage error={answer.error} onRetry={answer.reload} />;
  if (!answer.data) return <Loading text={t('loadingGraph')} />;
  if (answer.data.nodes.length === 0) return <Empty>{baseIds ? t('emptyScene') : t('emptyGraph')}</Empty>;
  return <Scene elements={answer.data} summary={answer.data.summary} name="explorer" onExpand={onExpand} onSceneChange={onSceneChange} />;
}
