import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, getJson, postJson } from './client.ts';

export interface ApiState<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
  reload: () => void;
}

/** Fetches `url` (POSTing `body` when given) whenever they change; `null` fetches nothing. Keep `body` memoised. */
export function useApi<T>(url: string | null, body?: unknown): ApiState<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | Error | null; loading: boolean }>({ data: null, error: null, loading: url !== null });
  const [round, setRound] = useState(0);
  const bodyKey = useMemo(() => (body === undefined ? '' : JSON.stringify(body)), [body]);
  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    const call = bodyKey ? postJson<T>(url, JSON.parse(bodyKey), ctrl.signal) : getJson<T>(url, ctrl.signal);
    call
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      });
    return () => ctrl.abort();
  }, [url, bodyKey, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
