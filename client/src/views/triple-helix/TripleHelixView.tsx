import { useCallback } from 'react';
import { z } from 'zod';
import { useTripleHelix } from '../../api/analysis.ts';
import { useNodeDetails } from '../../api/explore.ts';
import { useT, type Key } from '../../i18n/index.ts';
import { oneOf, text, useViewParams } from '../../router.ts';
import { Scene } from '../../scene/Scene.tsx';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { Field, Toolbar } from '../../ui/index.ts';
import { HelixStats } from './HelixStats.tsx';

const SCOPES: { scope: string; key: Key; type?: string }[] = [
  { scope: 'all', key: 'scopeAll' },
  { scope: 'sector', key: 'scopeSector', type: 'Sector' },
  { scope: 'region', key: 'scopeRegion', type: 'Region' },
  { scope: 'policy', key: 'scopePolicy', type: 'Policy' },
  { scope: 'project', key: 'scopeProject', type: 'Project' },
];

const TripleHelixParams = z.object({ scope: oneOf(['all', 'sector', 'region', 'policy', 'project'], 'all'), id: text(), idLabel: text() });

/** The actors of a scope laid out by helix, with the helix matrix, E-I index and brokers beside them. */
export function TripleHelixView() {
  const { t } = useT();
  const [params, setParams] = useViewParams(TripleHelixParams);
  const scope = SCOPES.find((s) => s.scope === params.scope) ?? SCOPES[0]!;
  const id = params.id;
  const ready = scope.scope === 'all' || !!id;
  const answer = useTripleHelix(params.scope, id);
  // A link that names the scope without its label (carried from another view): the label is looked up.
  const named = useNodeDetails(id && !params.idLabel ? id : null);
  const scopeLabel = params.idLabel ?? named.data?.node.label ?? '';
  const pick = useCallback((actor: string) => setParams({ sel: actor }), [setParams]);

  return (
    <div className="view">
      <Toolbar label={t('scope')} className="view-controls">
        <Field label={t('scope')} inline>
          <select value={scope.scope} onChange={(e) => setParams({ scope: e.target.value, id: undefined, sel: undefined, cam: undefined })} data-testid="scope">
            {SCOPES.map((s) => (
              <option key={s.scope} value={s.scope}>
                {t(s.key)}
              </option>
            ))}
          </select>
        </Field>
        {scope.type && (
          <SearchBox
            testId="scope-search"
            types={[scope.type]}
            label={t(scope.key)}
            key={scopeLabel}
            initial={scopeLabel}
            onPick={(r) => setParams({ id: r.id, idLabel: r.label, sel: undefined, cam: undefined })}
          />
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
          name={`triple-helix-${scope.scope}${id ? `-${id.replace(/[^\w-]+/g, '_')}` : ''}`}
          title={`${t('viewTripleHelix')} — ${scope.scope === 'all' ? t(scope.key) : scopeLabel || t(scope.key)}`}
          defaultLayout="helix"
          side={<HelixStats stats={answer.data.stats} scene={answer.data} onPick={pick} />}
        />
      )}
    </div>
  );
}
