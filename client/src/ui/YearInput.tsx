import { useEffect, useState } from 'react';

const isYear = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2100;

/** A year typed in a box: the box keeps what is typed; a whole year (four digits) is passed on. */
export function YearInput({ label, value, onYear, testId }: { label: string; value: number; onYear: (y: number) => void; testId?: string }) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  return (
    <input
      type="number"
      className="ui-year"
      aria-label={label}
      data-testid={testId}
      min={1900}
      max={2100}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const y = Number(e.target.value);
        if (e.target.value.length === 4 && isYear(y)) onYear(y);
      }}
      onBlur={() => setText(String(value))}
    />
  );
}
