import { useT } from '../../i18n/index.ts';
import type { Period } from '../../period.ts';
import { YearInput, RangeSlider } from '../../ui/index.ts';
import { useYearAxis } from '../../shell/year-axis.ts';

/** One of the two periods compared: first and last year, typed or on a slider over the data's activity. */
export function PeriodField({ label, value, other, onChange, testId }: { label: string; value: Period; other: Period; onChange: (p: Period) => void; testId: string }) {
  const { t } = useT();
  const { min, max, bars } = useYearAxis([value, other]);
  return (
    <fieldset className="compare-period" data-testid={testId}>
      <legend>{label}</legend>
      <YearInput label={`${label}: ${t('periodFrom')}`} value={value.from} onYear={(y) => onChange({ from: y, to: Math.max(y, value.to) })} testId={`${testId}-from`} />
      <RangeSlider fromLabel={`${label}: ${t('periodFrom')}`} toLabel={`${label}: ${t('periodTo')}`} min={min} max={max} from={value.from} to={value.to} bars={bars} onChange={onChange} />
      <YearInput label={`${label}: ${t('periodTo')}`} value={value.to} onYear={(y) => onChange({ from: Math.min(y, value.from), to: y })} testId={`${testId}-to`} />
    </fieldset>
  );
}
