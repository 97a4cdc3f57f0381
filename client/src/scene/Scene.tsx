import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { z } from 'zod';
import type { GraphElements } from '../api/client.ts';
import { ApiError } from '../api/fetch.ts';
import type { Scene as SceneAnswer } from '../api/types.ts';
import { GraphCanvas, type Highlight } from '../canvas/GraphCanvas.tsx';
import { LAYOUTS, type LayoutName } from '../canvas/layouts.ts';
import { aggregate, grouping } from '../graph/aggregate.ts';
import { applyFilters, FilterParams, filtersFromParams, filtersToParams, isFiltering, type Filters } from '../graph/filters.ts';
import { degrees } from '../graph/merge.ts';
import { useT } from '../i18n/index.ts';
import { usePeriodQuery } from '../period.ts';
import { flag, navigate, oneOf, text, useViewParams } from '../router.ts';
import { DetailsPanel } from '../shell/DetailsPanel.tsx';
import { FilterPanel } from '../shell/FilterPanel.tsx';
import { Legend } from '../shell/Legend.tsx';
import { BigSceneDialog } from './BigSceneDialog.tsx';
import { communities } from './community.ts';
import { SIZE_METRICS, useSceneMetrics, visibleScene } from './metrics.ts';
import { SceneToolbar } from './SceneToolbar.tsx';
import { METRIC_WORDS } from './toolbar-words.ts';

/** Above this many nodes the scene asks before drawing. */
export const ASK_BEFORE_DRAWING = 2000;

/** Layout, size, selection, grouping, camera and filters: the scene's part of every view's link. */
const SceneParams = FilterParams.extend({
  layout: z.enum(LAYOUTS).optional().catch(undefined),
  size: oneOf(SIZE_METRICS, 'degree'),
  sel: text(),
  selk: oneOf(['node', 'edge'], 'node'),
  agg: z.enum(['helix', 'sector', 'type', 'community']).optional().catch(undefined),
  draw: oneOf(['all', 'ask'], 'ask'),
  webgl: flag(),
  cam: text(),
});

export interface SceneProps {
  elements: GraphElements;
  summary?: SceneAnswer['summary'];
  /** For export file names. */
  name: string;
  /** What the scene shows, in words: the exported picture's title. */
  title?: string;
  defaultLayout?: LayoutName;
  highlight?: Highlight | null;
  onExpand?: (id: string) => Promise<GraphElements | null>;
  onSceneChange?: (scene: GraphElements, expanded: string[]) => void;
  onSelect?: (id: string | null, kind: 'node' | 'edge') => void;
  /** View-specific panels (statistics, lists) shown above the filters. */
  side?: ReactNode;
}

/**
 * A view's graph with everything around it: toolbar (layout, size, export), canvas, filters,
 * legend and details. Layout, size, filters, selection, grouping and camera live in the URL.
 */
export function Scene({ elements, summary, name, title, defaultLayout = 'fcose', highlight, onExpand, onSceneChange, onSelect, side }: SceneProps) {
  const { t, num } = useT();
  const [params, setParams] = useViewParams(SceneParams);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [scene, setScene] = useState<GraphElements>(elements);
  // the details panel gives its room to the canvas until there is something to show in it
  const [panelOpen, setPanelOpen] = useState(() => !!params.sel);
  const layout: LayoutName = params.layout ?? defaultLayout;
  const sizeBy = params.size;
  const selected = params.sel ?? null;
  const selectedKind = params.selk;
  useEffect(() => {
    if (selected) setPanelOpen(true);
  }, [selected]);
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const agg = params.agg ?? null;
  const drawAll = params.draw === 'all';
  const webgl = params.webgl;
  // Elements that come because the period changed (the slider, the play button) morph the canvas
  // in place: positions kept, no new layout. Decided once per new elements.
  const period = usePeriodQuery();
  const shownFor = useRef({ elements, period, morph: false });
  if (shownFor.current.elements !== elements) shownFor.current = { elements, period, morph: shownFor.current.period !== period };

  const drawn = useMemo(() => {
    if (!agg) return elements;
    return aggregate(elements, grouping(elements, agg, agg === 'community' ? communities(elements) : undefined));
  }, [elements, agg]);
  const ask = elements.nodes.length > ASK_BEFORE_DRAWING && !drawAll && !agg;

  const visible = useMemo(() => (isFiltering(filters) ? applyFilters(scene, filters) : null), [scene, filters]);
  const shown = useMemo(() => visibleScene(scene, visible), [scene, visible]);

  // grouped: a group is drawn as large as it has members (its degree among a few groups says little)
  const grouped = !!agg && drawn !== elements;
  const metrics = useSceneMetrics(scene, sizeBy, grouped);
  const sizes = useMemo(() => {
    if (sizeBy === 'none') return null;
    if (grouped) return new Map(drawn.nodes.map((n) => [n.data.id, Number(n.data.count ?? 1)]));
    if (sizeBy !== 'degree' && metrics.data) return new Map(Object.entries(metrics.data.nodes).map(([id, m]) => [id, Number(m[sizeBy] ?? 0)]));
    return degrees(scene);
  }, [sizeBy, metrics.data, scene, grouped, drawn]);
  const metricsMissing = metrics.error instanceof ApiError && metrics.error.missing;

  const changeScene = useCallback(
    (s: GraphElements, expanded: string[]) => {
      setScene(s);
      onSceneChange?.(s, expanded);
    },
    [onSceneChange],
  );
  const select = useCallback(
    (id: string | null, kind: 'node' | 'edge') => {
      setParams({ sel: id, selk: id && kind === 'edge' ? 'edge' : undefined });
      if (id) setPanelOpen(true);
      onSelect?.(id, kind);
    },
    [setParams, onSelect],
  );
  const onCamera = useCallback((cam: string) => setParams({ cam }), [setParams]);
  const onPathsTo = useCallback((id: string) => navigate('/paths', { from: id }), []);
  const setFilters = (f: Filters) => setParams(filtersToParams(f));

  return (
    <div className="scene">
      <SceneToolbar
        status={
          <>
            <span className="summary" data-testid="summary">
              {t('nodesLinks', { nodes: num(summary?.nodes ?? elements.nodes.length), edges: num(summary?.edges ?? elements.edges.length) })}
              {summary?.truncated ? t('truncated') : ''}
            </span>
            {summary?.cut && <span className="cut">{t('cut', { nodes: summary.cut.nodes, reason: summary.cut.reason })}</span>}
            {agg && (
              <span className="aggregated">
                {t('aggregated', { by: agg === 'community' ? t('community') : agg === 'type' ? t('nodeTypes').toLowerCase() : t(agg).toLowerCase(), groups: drawn.nodes.length })}{' '}
                <button type="button" onClick={() => setParams({ agg: undefined, draw: 'all' })}>
                  {t('ungroup')}
                </button>
              </span>
            )}
            {metricsMissing && sizeBy !== 'degree' && <span className="note">{t('sizeFallback', { endpoint: 'POST /api/metrics' })}</span>}
          </>
        }
        layout={layout}
        sizeBy={sizeBy}
        webgl={webgl}
        onLayout={(l) => setParams({ layout: l })}
        onSizeBy={(m) => setParams({ size: m })}
        onWebgl={(on) => setParams({ webgl: on ? '1' : undefined })}
        cy={cy}
        scene={shown}
        name={name}
        title={title ?? name}
      />
      <div className="scene-body">
        <div className="scene-side">
          {side}
          <FilterPanel scene={scene} filters={filters} visibleCounts={{ nodes: shown.nodes.length, edges: shown.edges.length }} onChange={setFilters} />
          <Legend sizeBy={t(METRIC_WORDS[sizeBy])} scene={drawn} />
        </div>
        {ask ? (
          <BigSceneDialog nodes={elements.nodes.length} edges={elements.edges.length} onDraw={() => setParams({ draw: 'all' })} onAggregate={(by) => setParams({ agg: by })} />
        ) : (
          <GraphCanvas
            elements={drawn}
            layout={layout}
            sizes={sizes}
            visible={visible}
            selected={selected}
            highlight={highlight}
            webgl={webgl}
            camera={params.cam ?? null}
            onSelect={select}
            onExpand={agg ? undefined : onExpand}
            onSceneChange={changeScene}
            onPathsTo={onPathsTo}
            onCamera={onCamera}
            onReady={setCy}
            morph={shownFor.current.morph && !agg}
          />
        )}
        <DetailsPanel selected={selected} kind={selectedKind} scene={scene} metrics={metrics.data?.nodes} open={panelOpen} onToggle={() => setPanelOpen((o) => !o)} />
      </div>
    </div>
  );
}
