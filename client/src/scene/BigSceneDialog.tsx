import type { AggregateBy } from '../graph/aggregate.ts';
import { useT } from '../i18n/index.ts';

/** Asked before drawing a large scene: draw everything, or group it first. */
export function BigSceneDialog({ nodes, edges, onDraw, onAggregate }: { nodes: number; edges: number; onDraw: () => void; onAggregate: (by: AggregateBy) => void }) {
  const { t } = useT();
  const by: [AggregateBy, string][] = [
    ['helix', t('helix').toLowerCase()],
    ['sector', t('sector').toLowerCase()],
    ['community', t('community')],
  ];
  return (
    <div className="dialog" role="dialog" aria-labelledby="big-scene-title" data-testid="big-scene">
      <h2 id="big-scene-title">{t('bigSceneTitle')}</h2>
      <p>{t('bigSceneText', { nodes: nodes.toLocaleString(), edges: edges.toLocaleString() })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onDraw}>
          {t('drawAll')}
        </button>
        {by.map(([key, name]) => (
          <button key={key} type="button" onClick={() => onAggregate(key)}>
            {t('aggregateBy', { by: name })}
          </button>
        ))}
      </div>
    </div>
  );
}
