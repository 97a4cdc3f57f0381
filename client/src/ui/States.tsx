import type { ReactNode } from 'react';
import type { Problem } from '../api/client.ts';
import { useT } from '../i18n/index.ts';
import { explain } from './explain.ts';

/** Something is on its way. */
export function Loading({ text }: { text?: string }) {
  const { t } = useT();
  return (
    <div className="ui-state loading" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" /> {text ?? t('loading')}
    </div>
  );
}

/** Nothing to show yet, and how to get something. */
export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="ui-state empty" data-testid={testId}>
      {children}
    </div>
  );
}

export interface ErrorStateProps {
  error: Error | Problem;
  onRetry?: () => void;
  /** A strip across the page (the app-wide message) instead of a box in the flow. */
  banner?: boolean;
  /** No outer margin: inside a form or a panel. */
  inline?: boolean;
  testId?: string;
  /** More the reader needs, under the message (the console's marked position, an import's problems). */
  children?: ReactNode;
}

/**
 * The one way a failure is shown: a plain sentence, what to do, and the technical detail (the
 * server's text, code and request id) folded underneath.
 */
export function ErrorState({ error, onRetry, banner, inline, testId = 'error', children }: ErrorStateProps) {
  const { t } = useT();
  const { title, todo, technical } = explain(error, t);
  return (
    <div className={`ui-state error${banner ? ' banner' : ''}${inline ? ' inline' : ''}`} role="alert" data-testid={testId}>
      <p className="ui-error-title">{title}</p>
      <p className="ui-error-what">{todo}</p>
      {children}
      {technical.length > 0 && (
        <details data-testid="error-details">
          <summary>{t('errorDetails')}</summary>
          <dl>
            {technical.map((d) => (
              <div key={d.label} style={{ display: 'contents' }}>
                <dt>{d.label}</dt>
                <dd>{d.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {onRetry && (
        <div className="ui-error-actions">
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      )}
    </div>
  );
}
