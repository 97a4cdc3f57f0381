import { useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { periodSchema, periodText } from '../../../../contract/index.ts';
import { useActivityYears, useCompare } from '../../api/analysis.ts';
import { useNodeDetails } from '../../api/explore.ts';
import { GraphCanvas } from '../../canvas/GraphCanvas.tsx';
import { useT } from '../../i18n/index.ts';
import { usePeriod, type Period } from '../../period.ts';
import { text, oneOf, useViewParams } from '../../router.ts';
import { Empty, ErrorMessage, Loading } from '../../shell/Message.tsx';
import { SCOPE_KINDS, ScopePicker, scopeOf } from '../../shell/ScopePicker.tsx';
import { HelixYears } from '../triple-helix/HelixYears.tsx';
import { CompareLegend } from './CompareLegend.tsx';
import { CompareReport } from './CompareReport.tsx';
import { PeriodField } from './PeriodField.tsx';
import './compare.css';

const CompareParams = z.object({
  scope: oneOf(SCOPE_KINDS, 'all'),
  id: text(),
  idLabel: text(),
  a: periodSchema.optional().catch(undefined),
  b: periodSchema.optional().catch(undefined),
});

/** Without periods in the link: the data's years in two halves. */
function halves(years: number[]): { a: Period; b: Period } {
  if (years.length < 2) return { a: { from: 2014, to: 2017 }, b: { from: 2018, to: 2020 } };
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const mid = Math.floor((first + last) / 2);
  return { a: { from: first, to: mid }, b: { from: mid + 1, to: last } };
}

/**
 * One scope in two periods side by side (GET /api/compare): the figures, helix matrices and their
 * difference, ties gained, lost and strengthened, actors rising and falling, sectors growing
 * together, and one picture of the ties of both periods. Everything is in the link.
 */
export function CompareView() {
  const { t } = useT();
  const [params, setParams] = useViewParams(CompareParams);
  const { undated } = usePeriod();
  const activity = useActivityYears();
  const scope = scopeOf(params.scope);
  const id = params.id;
  const named = useNodeDetails(id && !params.idLabel ? id : null);
  const scopeLabel = params.idLabel ?? named.data?.node.label ?? '';

  // A link without periods gets the data's two halves, written into the link so it can be sent.
  const fallback = useMemo(() => halves((activity.data?.years ?? []).map((y) => y.year)), [activity.data]);
  useEffect(() => {
    if (activity.data && (!params.a || !params.b)) setParams({ a: periodText(params.a ?? fallback.a), b: periodText(params.b ?? fallback.b) });
  }, [activity.data, params.a, params.b, fallback, setParams]);
  const a = params.a;
  const b = params.b;

  const ready = (scope.scope === 'all' || !!id) && !!a && !!b;
  const answer = useCompare(ready ? { scope: scope.scope, id, a: periodText(a), b: periodText(b), ...(undated === 'hide' ? { undated } : {}) } : null);
  const [selected, setSelected] = useState<string | null>(null);
  const name = `${scope.scope}${id ? `-${id.replace(/[^\w-]+/g, '_')}` : ''}`;
  const span = a && b ? `${Math.min(a.from, b.from)}-${Math.max(a.to, b.to)}` : undefined;
  const changes = useMemo(() => {
    const c = { gained: 0, lost: 0, kept: 0 };
    for (const e of answer.data?.elements.edges ?? []) c[e.data.change as keyof typeof c]++;
    return c;
  }, [answer.data]);

  return (
    <div className="view compare-view">
      <div className="view-controls">
        <ScopePicker
          scope={scope.scope}
          label={scopeLabel}
          onScope={(s) => setParams({ scope: s, id: undefined, idLabel: undefined })}
          onPick={(pickedId, label) => setParams({ id: pickedId, idLabel: label })}
        />
        {a && b && (
          <>
            <PeriodField label={t('compareA')} value={a} other={b} onChange={(p) => setParams({ a: periodText(p) })} testId="compare-a" />
            <PeriodField label={t('compareB')} value={b} other={a} onChange={(p) => setParams({ b: periodText(p) })} testId="compare-b" />
          </>
        )}
      </div>
      {scope.scope !== 'all' && !id && <Empty>{t('comparePick', { scope: t(scope.key).toLowerCase() })}</Empty>}
      {ready && answer.error && <ErrorMessage error={answer.error} onRetry={() => void answer.refetch()} />}
      {ready && !answer.error && !answer.data && <Loading text={t('compareLoading')} />}
      {answer.data && (
        <div className="compare-body">
          <div className="compare-report">
            <CompareReport answer={answer.data} onPick={setSelected} />
            <HelixYears scope={scope.scope} id={id} years={span} name={name} />
          </div>
          <div className="compare-canvas">
            {answer.data.elements.nodes.length === 0 ? (
              <Empty>{t('emptyScene')}</Empty>
            ) : (
              <GraphCanvas elements={answer.data.elements} layout="fcose" selected={selected} onSelect={(sel) => setSelected(sel)} />
            )}
            <CompareLegend counts={changes} />
          </div>
        </div>
      )}
    </div>
  );
}
