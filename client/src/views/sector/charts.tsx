// Small SVG charts for the sector profile; no chart library needed for bars and a heat map.

export interface Bar {
  label: string;
  value: number;
  colour?: string;
  note?: string;
}

/** Horizontal bars scaled to the largest value. */
export function BarChart({ bars, title, unit = '' }: { bars: Bar[]; title: string; unit?: string }) {
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const rowH = 18;
  const labelW = 110;
  const width = 320;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg width={width} height={bars.length * rowH + 4} role="img" aria-label={title}>
        {bars.map((b, i) => {
          const w = Math.max(1, ((width - labelW - 60) * b.value) / max);
          return (
            <g key={`${b.label}-${i}`} transform={`translate(0 ${i * rowH})`}>
              <text x={labelW - 4} y={13} textAnchor="end" fontSize={11}>
                {b.label}
              </text>
              <rect x={labelW} y={3} width={w} height={rowH - 6} fill={b.colour ?? '#56606b'} rx={2} />
              <text x={labelW + w + 4} y={13} fontSize={11}>
                {b.note ?? `${b.value.toLocaleString()}${unit ? ` ${unit}` : ''}`}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export interface HeatCell {
  row: string;
  column: string;
  value: number;
  inferred?: boolean;
}

/** Rows × columns, darker for larger values; inferred cells are hatched (dashed outline). */
export function HeatMap({ rows, columns, cells, title, inferredLabel }: { rows: { id: string; label: string }[]; columns: { id: string; label: string; title?: string }[]; cells: HeatCell[]; title: string; inferredLabel: string }) {
  const at = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  const max = Math.max(...cells.map((c) => c.value), 0) || 1;
  return (
    <figure className="heatmap" data-testid="heatmap">
      <figcaption>{title}</figcaption>
      <div className="heatmap-scroll" tabIndex={0} role="region" aria-label={title}>
        <table>
          <thead>
            <tr>
              <th />
              {columns.map((c) => (
                <th key={c.id} className="rotate" title={c.title ?? c.label}>
                  <span>{c.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th title={r.label}>{r.label}</th>
                {columns.map((c) => {
                  const cell = at.get(`${r.id}\u0000${c.id}`);
                  const v = cell?.value ?? 0;
                  return (
                    <td
                      key={c.id}
                      className={cell?.inferred ? 'inferred' : ''}
                      title={cell ? `${r.label} × ${c.label}: ${v}${cell.inferred ? ` (${inferredLabel})` : ''}` : ''}
                      style={{ background: v ? `rgba(0, 114, 178, ${0.2 + (0.8 * v) / max})` : undefined }}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
