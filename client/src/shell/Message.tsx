import type { ReactNode } from 'react';
import { ApiError } from '../api/fetch.ts';
import { useT } from '../i18n/index.ts';

export function Loading({ text }: { text?: string }) {
  const { t } = useT();
  return (
    <div className="loading" role="status" aria-busy="true">
      <span className="spinner" /> {text ?? t('loading')}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

/** A failed call as a sentence a person can act on; a missing endpoint says which one. */
export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useT();
  const text = error instanceof ApiError && error.missing ? t('notAvailable', { endpoint: error.endpoint }) : error instanceof ApiError && error.unreachable ? t('serverDown') : error.message;
  return (
    <div className={error instanceof ApiError && error.missing ? 'empty unavailable' : 'error'} role="alert">
      {text}
      {onRetry && !(error instanceof ApiError && error.missing) && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
