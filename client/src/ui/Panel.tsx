import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n/index.ts';

export interface PanelProps {
  title: ReactNode;
  /** Text for the fold button and the landmark when the title is not plain text. */
  label: string;
  children: ReactNode;
  /** A side panel sits beside the main content and can fold to a narrow strip. */
  side?: 'left' | 'right';
  /** Starts folded (say, because it has nothing to show yet). */
  folded?: boolean;
  actions?: ReactNode;
  className?: string;
  testId?: string;
}

/** A titled region; as a side panel it folds away to give the main content room. */
export function Panel({ title, label, children, side, folded: startFolded = false, actions, className = '', testId }: PanelProps) {
  const { t } = useT();
  const [folded, setFolded] = useState(startFolded);
  const bodyId = useId();
  return (
    <section className={`ui-panel${side ? ` side ${side}` : ''}${folded ? ' folded' : ''} ${className}`} aria-label={label} data-testid={testId}>
      <div className="ui-panel-head">
        {side && (
          <button
            type="button"
            className="ui-panel-fold"
            aria-expanded={!folded}
            aria-controls={bodyId}
            aria-label={t(folded ? 'panelOpen' : 'panelFold', { name: label })}
            title={t(folded ? 'panelOpen' : 'panelFold', { name: label })}
            onClick={() => setFolded((f) => !f)}
          >
            {(side === 'left') === folded ? '»' : '«'}
          </button>
        )}
        <h2>{title}</h2>
        {!folded && actions}
      </div>
      <div className="ui-panel-body" id={bodyId} hidden={folded}>
        {children}
      </div>
    </section>
  );
}
