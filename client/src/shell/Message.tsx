// The states of client/src/ui under the names the views first used; new code imports client/src/ui.
import { EmptyState, ErrorState, Loading } from '../ui/index.ts';

export { Loading, EmptyState as Empty };

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return <ErrorState error={error} onRetry={onRetry} />;
}
