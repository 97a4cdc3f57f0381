import { HELICES } from '../../../../contract/index.ts';
import { HELIX_COLOURS } from '../../canvas/helix.ts';
import { useT } from '../../i18n/index.ts';

type Matrix = Record<string, Record<string, number> | undefined>;

/**
 * The helix × helix table of ties. `signed`: a difference, shown with its sign and tinted (more in
 * blue, fewer in vermillion, the compare canvas's colours).
 */
export function HelixMatrix({ matrix, signed = false, testId = 'helix-matrix', caption }: { matrix: Matrix; signed?: boolean; testId?: string; caption?: string }) {
  const { t, helix, count, num } = useT();
  const helices = HELICES.filter((h) => matrix[h]);
  const show = (n: number) => (signed && n > 0 ? `+${num(n)}` : signed && n < 0 ? `−${num(-n)}` : num(n));
  return (
    <table className="helix-matrix" data-testid={testId}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <td />
          {helices.map((h) => (
            <th key={h} scope="col" style={{ borderBottomColor: HELIX_COLOURS[h] }}>
              <span className="helix-name">{helix(h)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {helices.map((r) => (
          <tr key={r}>
            <th scope="row" style={{ borderRightColor: HELIX_COLOURS[r] }}>
              <span className="helix-name">{helix(r)}</span>
            </th>
            {helices.map((c) => {
              const n = matrix[r]?.[c] ?? 0;
              const cls = [r === c ? 'diag' : '', n === 0 ? 'zero' : '', signed && n > 0 ? 'more' : '', signed && n < 0 ? 'fewer' : ''].filter(Boolean).join(' ');
              return (
                <td key={c} className={cls || undefined} title={t('helixCell', { a: helix(r), b: helix(c), links: signed ? show(n) : count('helixLinks', n) })}>
                  {show(n)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
