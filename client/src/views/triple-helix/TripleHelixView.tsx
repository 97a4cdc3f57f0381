import { useCallback } from 'react';
import { z } from 'zod';
import { useTripleHelix } from '../../api/analysis.ts';
import { useNodeDetails } from '../../api/explore.ts';
import { useT } from '../../i18n/index.ts';
import { usePeriod } from '../../period.ts';
import { navigate, oneOf, text, useViewParams } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SCOPE_KINDS, ScopePicker, scopeOf } from '../../shell/ScopePicker.tsx';
import { Toolbar } from '../../ui/index.ts';
import { HelixStats } from './HelixStats.tsx';
import { HelixYears } from './HelixYears.tsx';
import { SynergyPanel } from './SynergyPanel.tsx';

const TripleHelixParams = z.object({ scope: oneOf(SCOPE_KINDS, 'all'), id: text(), idLabel: text() });

/** The actors of a scope laid out by helix, with the helix matrix, E-I index and brokers beside them, and its figures year by year. */
export function TripleHelixView() {
  const { t, num } = useT();
  const [params, setParams] = useViewParams(TripleHelixParams);
  const scope = scopeOf(params.scope);
  const id = params.id;
  const ready = scope.scope === 'all' || !!id;
  const answer = useTripleHelix(params.scope, id);
  // A link that names the scope without its label (carried from another view): the label is looked up.
  const named = useNodeDetails(id && !params.idLabel ? id : null);
  const scopeLabel = params.idLabel ?? named.data?.node.label ?? '';
  const pick = useCallback((actor: string) => setParams({ sel: actor }), [setParams]);
  // The small multiples span the period when it spans years, else every year of the data.
  const { period } = usePeriod();
  const years = period && period.to > period.from ? `${period.from}-${period.to}` : undefined;
  const name = `${scope.scope}${id ? `-${id.replace(/[^\w-]+/g, '_')}` : ''}`;

  return (
    <div className="view">
      <Toolbar label={t('scope')} className="view-controls">
        <ScopePicker
          scope={scope.scope}
          label={scopeLabel}
          onScope={(s) => setParams({ scope: s, id: undefined, sel: undefined, cam: undefined })}
          onPick={(pickedId, label) => setParams({ id: pickedId, idLabel: label, sel: undefined, cam: undefined })}
        />
        {id && (scope.scope === 'sector' || scope.scope === 'region') && (
          <button type="button" data-testid="open-report" onClick={() => navigate('/report', { scope: scope.scope, id, idLabel: scopeLabel || undefined })}>
            {t('reportOpen')}
          </button>
        )}
      </Toolbar>
      {!ready && <Empty>{t('pickScope', { scope: t(scope.key).toLowerCase() })}</Empty>}
      {ready && answer.error && <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />}
      {ready && !answer.error && !answer.data && <Loading text={t('loadingGraph')} />}
      {answer.data && answer.data.nodes.length === 0 && <Empty>{t('emptyScene')}</Empty>}
      {answer.data && answer.data.nodes.length > 0 && (
        <Scene
          elements={answer.data}
          summary={answer.data.summary}
          name={`triple-helix-${name}`}
          title={`${t('viewTripleHelix')} — ${scope.scope === 'all' ? t(scope.key) : scopeLabel || t(scope.key)}`}
          defaultLayout="helix"
          side={
            <>
              {answer.data.summary.drawn && (
                <p className="helix-drawn" data-testid="helix-drawn">
                  {t(answer.data.summary.drawn.statistics === 'shown' ? 'helixDrawnShownOnly' : 'helixDrawn', { shown: num(answer.data.summary.drawn.shown), total: num(answer.data.summary.drawn.total) })}
                  {answer.data.summary.drawn.stale ? t('helixDrawnStale') : ''}
                </p>
              )}
              <HelixStats stats={answer.data.stats} scene={answer.data} onPick={pick} />
              <SynergyPanel scope={scope.scope} id={id} />
              <HelixYears scope={scope.scope} id={id} years={years} name={name} />
            </>
          }
        />
      )}
    </div>
  );
}
