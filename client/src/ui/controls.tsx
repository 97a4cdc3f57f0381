import { useId, type ReactNode } from 'react';

/** Controls in a row that wraps on narrow windows. */
export function Toolbar({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={`ui-toolbar ${className}`} aria-label={label} role="group">
      {children}
    </div>
  );
}

/** A labelled control with an optional hint; the label names the control for screen readers. */
export function Field({ label, hint, inline, children }: { label: ReactNode; hint?: ReactNode; inline?: boolean; children: ReactNode }) {
  return (
    <label className={`ui-field${inline ? ' inline' : ''}`}>
      <span className="ui-field-label">{label}</span>
      {children}
      {hint && <span className="ui-field-hint">{hint}</span>}
    </label>
  );
}

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  name?: string;
  onChange: (value: number) => void;
  format?: (value: number) => string;
}

/** A slider that shows its value, every slider the same width. */
export function Slider({ label, value, min, max, step, name, onChange, format = String }: SliderProps) {
  const id = useId();
  return (
    <div className="ui-slider">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" name={name} min={min} max={max} step={step} value={value} onChange={(e) => onChange(Number(e.target.value))} />
      <output htmlFor={id}>{format(value)}</output>
    </div>
  );
}

/** One of a few options, as a segmented control (radio buttons underneath). */
export function Choice<T extends string>({ label, name, value, options, onChange }: { label: string; name: string; value: T; options: { value: T; label: ReactNode }[]; onChange: (value: T) => void }) {
  return (
    <fieldset className="ui-choice">
      <legend className="ui-field-label">{label}</legend>
      <div className="ui-choice-options">
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Picked items, each with a remove button named for screen readers. */
export function Chips({ items, removeLabel, onRemove }: { items: { id: string; label: string }[]; removeLabel: (label: string) => string; onRemove: (id: string) => void }) {
  if (!items.length) return null;
  return (
    <ul className="ui-chips">
      {items.map((i) => (
        <li key={i.id}>
          {i.label}
          <button type="button" aria-label={removeLabel(i.label)} onClick={() => onRemove(i.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A bordered box with an optional heading. */
export function Card({ title, children, className = '', testId }: { title?: ReactNode; children: ReactNode; className?: string; testId?: string }) {
  return (
    <section className={`ui-card ${className}`} data-testid={testId}>
      {title && <h3>{title}</h3>}
      {children}
    </section>
  );
}

export interface Column<R> {
  key: string;
  head: ReactNode;
  cell: (row: R) => ReactNode;
  numeric?: boolean;
}

/** A table with a sticky head that scrolls inside its frame instead of widening the page. */
export function Table<R>({ columns, rows, caption, rowKey, className = '', testId }: { columns: Column<R>[]; rows: R[]; caption?: ReactNode; rowKey: (row: R, i: number) => string; className?: string; testId?: string }) {
  return (
    <div className="ui-table-wrap">
      <table className={`ui-table ${className}`} data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={rowKey(r, i)}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
