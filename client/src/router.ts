import { useCallback, useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import { SHELL_PARAMS, parseParams } from './search-params.ts';

// Views are routes and keep their state in the URL, so any view can be shared as a link. Each
// view describes its search parameters with a zod schema and reads and writes them through
// useViewParams; a value the schema refuses (a hand-edited link) falls back to its default.
// The shell's parameters, the interface language and the period (SHELL_PARAMS), ride along on
// every link.

export interface Location {
  path: string;
  search: string;
}

const current = (): Location => ({ path: window.location.pathname, search: window.location.search });

/** A patch of search parameters: lists are joined with commas, undefined (or empty) removes. */
export type ParamPatch = Record<string, string | number | boolean | string[] | undefined | null>;

function serialise(params: Record<string, string>, patch: ParamPatch): string {
  const next: Record<string, string> = { ...params };
  for (const [k, v] of Object.entries(patch)) {
    const text = v === undefined || v === null ? '' : Array.isArray(v) ? v.join(',') : String(v);
    if (text === '') delete next[k];
    else next[k] = text;
  }
  const search = new URLSearchParams(next);
  return search.size ? `?${search}` : '';
}

/** The shell's parameters of the current link (language, period). */
export function shellParams(search = window.location.search): Record<string, string> {
  const now = new URLSearchParams(search);
  return Object.fromEntries(SHELL_PARAMS.flatMap((k) => (now.get(k) ? [[k, now.get(k)!]] : [])));
}

/** Opens a view; the language and the period stay in the link unless `params` says otherwise. */
export function navigate(path: string, params: ParamPatch = {}, replace = false): void {
  const url = `${path}${serialise(shellParams(), params)}`;
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

/** Reads this view's search parameters through its schema, and writes patches of them (other parameters stay). */
export function useViewParams<S extends z.ZodType>(schema: S): [z.infer<S>, (patch: ParamPatch, options?: { push?: boolean }) => void] {
  const { path, search } = useLocation();
  const params = useMemo(() => parseParams(schema, search), [schema, search]);
  const set = useCallback(
    (patch: ParamPatch, options: { push?: boolean } = {}) => {
      const url = `${path}${serialise(Object.fromEntries(new URLSearchParams(window.location.search)), patch)}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (options.push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [path],
  );
  return [params, set];
}

export { flag, int, langParams, list, num, oneOf, parseParams, text } from './search-params.ts';

/** A view's link with the shell's parameters of the current one, for an href. */
export const linkTo = (path: string, search = window.location.search): string => {
  const q = new URLSearchParams(shellParams(search));
  return q.size ? `${path}?${q}` : path;
};
