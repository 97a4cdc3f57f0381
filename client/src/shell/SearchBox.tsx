import { useEffect, useId, useRef, useState } from 'react';
import { useSearch } from '../api/explore.ts';
import { ApiError } from '../api/fetch.ts';
import type { SearchResult } from '../api/types.ts';
import { HELIX_COLOURS, OTHER_COLOUR } from '../canvas/helix.ts';
import { useT } from '../i18n/index.ts';

export interface SearchBoxProps {
  onPick: (r: SearchResult) => void;
  /** Limit to these node labels, e.g. ['Sector']. */
  types?: string[];
  placeholder?: string;
  label?: string;
  testId?: string;
  initial?: string;
}

/** Type-ahead over GET /api/search: arrows move, Enter picks, Escape closes. */
export function SearchBox({ onPick, types, placeholder, label, testId = 'search', initial = '' }: SearchBoxProps) {
  const { t, helix: helixName, type: typeName } = useT();
  const [q, setQ] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  // Only text the person typed is searched: a picked result or an initial value (say, from a
  // shared link) must not pop the result list open over the page.
  const typed = useRef(false);
  const typesKey = types?.join(',');
  // What is asked: the typed text once typing pauses.
  const [asked, setAsked] = useState('');

  useEffect(() => setQ(initial), [initial]);

  useEffect(() => {
    if (!typed.current || q.trim().length < 2) {
      setAsked('');
      return;
    }
    const timer = setTimeout(() => setAsked(q.trim()), 180);
    return () => clearTimeout(timer);
  }, [q]);

  const search = useSearch(asked, typesKey);
  const results = asked ? (search.data?.results ?? []) : [];
  const status = !asked ? 'idle' : search.isError ? 'error' : search.isFetching ? 'searching' : 'done';
  const error = search.error instanceof ApiError && search.error.missing ? t('notAvailable', { endpoint: search.error.endpoint }) : (search.error?.message ?? '');
  useEffect(() => {
    if (!asked || !typed.current || search.isFetching) return;
    setActive(0);
    setOpen(true);
  }, [asked, search.data, search.isFetching]);

  const pick = (r: SearchResult) => {
    typed.current = false;
    setQ(r.label);
    setOpen(false);
    onPick(r);
  };

  return (
    <div className="searchbox">
      <input
        type="search"
        role="combobox"
        aria-label={label ?? t('searchLabel')}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        data-testid={testId}
        placeholder={placeholder ?? t('searchPlaceholder')}
        value={q}
        onChange={(e) => {
          typed.current = true;
          setQ(e.target.value);
        }}
        onFocus={() => results.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && results[active]) pick(results[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul id={listId} role="listbox" className="search-results">
          {status === 'error' && <li className="search-note">{error}</li>}
          {status === 'done' && results.length === 0 && <li className="search-note">{t('searchNone', { q })}</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="swatch" style={{ background: (r.helix && HELIX_COLOURS[r.helix]) || OTHER_COLOUR }} />
              <span className="search-label">
                {r.label}
                {r.nameEn && r.nameEn !== r.label && <em> · {r.nameEn}</em>}
              </span>
              <span className="search-type">{r.helix ? helixName(r.helix) : typeName(r.type)}</span>
            </li>
          ))}
        </ul>
      )}
      {status === 'searching' && <span className="search-busy" role="status">{t('searching')}</span>}
    </div>
  );
}
