import { useCallback, useEffect, useState } from 'react';

// Views are routes and keep their state in the URL, so any view can be shared as a link.

export interface Location {
  path: string;
  params: URLSearchParams;
}

const current = (): Location => ({ path: window.location.pathname, params: new URLSearchParams(window.location.search) });

export function navigate(path: string, params?: Record<string, string | undefined>, replace = false): void {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') search.set(k, v);
  const url = `${path}${search.size ? `?${search}` : ''}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return location;
}

/** Reads and writes one view's state in the query string. */
export function useUrlState(): [URLSearchParams, (patch: Record<string, string | undefined>, replace?: boolean) => void] {
  const { path, params } = useLocation();
  const set = useCallback(
    (patch: Record<string, string | undefined>, replace = true) => {
      const next = Object.fromEntries(new URLSearchParams(window.location.search));
      navigate(path, { ...next, ...patch }, replace);
    },
    [path],
  );
  return [params, set];
}
