import { useEffect, useId, useRef, useState } from 'react';
import { apiUrl, getJson, type ApiError } from '../api/client.ts';
import type { SearchAnswer, SearchResult } from '../api/types.ts';
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
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<'idle' | 'searching' | 'done' | 'error'>('idle');
  const [error, setError] = useState('');
  const listId = useId();
  // Only text the person typed is searched: a picked result or an initial value (say, from a
  // shared link) must not pop the result list open over the page.
  const typed = useRef(false);
  const typesKey = types?.join(',');

  useEffect(() => setQ(initial), [initial]);

  useEffect(() => {
    if (!typed.current) return;
    if (q.trim().length < 2) {
      setResults([]);
      setStatus('idle');
      return;
    }
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      setStatus('searching');
      getJson<SearchAnswer>(apiUrl('/api/search', { q: q.trim(), types: typesKey, limit: 12 }), ctrl.signal)
        .then((a) => {
          setResults(a.results);
          setActive(0);
          setStatus('done');
          setOpen(true);
        })
        .catch((e: ApiError) => {
          if (e.name === 'AbortError') return;
          setError(e.missing ? t('notAvailable', { endpoint: e.endpoint }) : e.message);
          setStatus('error');
          setOpen(true);
        });
    }, 180);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
    // t changes identity every render; the query only depends on the text and the types.
  }, [q, typesKey]);

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
