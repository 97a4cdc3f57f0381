import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import type { GraphElements } from '../../api/client.ts';
import { expandNode, MAX_EXPAND_IDS, useExplorerScene } from '../../api/explore.ts';
import { useT } from '../../i18n/index.ts';
import { usePeriodQuery } from '../../period.ts';
import { flag, list, useViewParams } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';

/**
 * `ids`: nodes whose neighbourhood is shown; `exp`: nodes expanded on the overview (ignored with
 * `ids`); `all`: the whole overview instead of its most connected nodes.
 */
const ExplorerParams = z.object({ ids: list(), exp: list(), all: flag() });

/**
 * Search → expand freely. Without `ids` it shows the overview; with `ids` the neighbourhood of
 * those nodes. Nodes expanded on the canvas join `ids` (or `exp` on the overview), and leave it
 * on undo, so the link always reopens the scene on the canvas.
 */
export function ExplorerView() {
  const { t, num } = useT();
  const client = useQueryClient();
  const [params, setParams] = useViewParams(ExplorerParams);
  const urlIds = params.ids.join(',');
  const urlExp = urlIds ? '' : params.exp.join(',');
  // What the canvas already shows: a URL change to these (written by the canvas) needs no new request.
  const shown = useRef({ ids: urlIds, exp: urlExp });
  const [base, setBase] = useState({ ids: urlIds, exp: urlExp });
  useEffect(() => {
    if (urlIds !== shown.current.ids || urlExp !== shown.current.exp) {
      shown.current = { ids: urlIds, exp: urlExp };
      setBase({ ids: urlIds, exp: urlExp });
    }
  }, [urlIds, urlExp]);

  const split = (s: string) => s.split(',').filter(Boolean);
  const answer = useExplorerScene(split(base.ids), split(base.exp), params.all);

  const period = usePeriodQuery();
  const onExpand = useCallback((id: string) => expandNode(client, id, period), [client, period]);
  const onSceneChange = useCallback(
    (_scene: GraphElements, expanded: string[]) => {
      const key = base.ids ? 'ids' : 'exp';
      const next = [...new Set([...split(base[key]), ...expanded])].slice(-MAX_EXPAND_IDS).join(',');
      if (next === shown.current[key]) return;
      shown.current = { ...shown.current, [key]: next };
      setParams({ [key]: next });
    },
    [base, setParams],
  );

  if (answer.error) return <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />;
  if (!answer.data) return <Loading text={t('loadingGraph')} />;
  if (answer.data.nodes.length === 0) return <Empty>{base.ids ? t('emptyScene') : t('emptyGraph')}</Empty>;
  const first = answer.data.firstScreen;
  return (
    <div className="view">
      {!base.ids && (first || params.all) && (
        <div className="first-screen" role="status" data-testid="first-screen">
          {first ? t('firstScreen', { shown: num(first.shown), all: num(first.all) }) : t('everything', { all: num(answer.data.nodes.length) })}{' '}
          <button type="button" className={first ? 'primary' : undefined} onClick={() => setParams({ all: first ? '1' : undefined, exp: undefined, sel: undefined, cam: undefined })}>
            {first ? t('showEverything') : t('showFewer')}
          </button>
        </div>
      )}
      <Scene elements={answer.data} summary={answer.data.summary} name="explorer" title={t('viewExplorer')} onExpand={onExpand} onSceneChange={onSceneChange} />
    </div>
  );
}
