import { useMemo, useState } from 'react';
import type { Value } from '../../api/client.ts';
import { cellText, compareValues } from './values.ts';

/** The result rows as a table; a click on a column heading sorts by it, a second click reverses. */
export function ResultTable({ columns, rows }: { columns: string[]; rows: Record<string, Value>[] }) {
  const [sort, setSort] = useState<{ column: string; desc: boolean } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const out = [...rows].sort((a, b) => compareValues(a[sort.column] ?? null, b[sort.column] ?? null));
    return sort.desc ? out.reverse() : out;
  }, [rows, sort]);
  return (
    <div className="ui-table-wrap console-table-wrap">
      <table className="ui-table console-table" data-testid="console-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} aria-sort={sort?.column === c ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => setSort({ column: c, desc: sort?.column === c ? !sort.desc : false })}>
                  {c} {sort?.column === c ? (sort.desc ? '▼' : '▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => {
                const v = row[c] ?? null;
                const tag = v && typeof v === 'object' && !Array.isArray(v) ? (v as { $type?: string }).$type : undefined;
                return (
                  <td key={c} className={tag ? `cell-${tag}` : undefined} title={typeof v === 'object' && v !== null ? JSON.stringify(v) : undefined}>
                    {cellText(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
