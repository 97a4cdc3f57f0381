import { useEffect, useState } from 'react';
import { ApiError, getJson, type Health } from './api/client.ts';
import { setLang, useT } from './i18n/index.ts';
import { navigate, useLocation } from './router.ts';
import { ROUTES } from './routes.tsx';
import { SearchBox } from './shell/SearchBox.tsx';

export function App() {
  const { t, lang } = useT();
  const [health, setHealth] = useState<Health | null>(null);
  // Kept as a dictionary key where there is one, so the message follows the language switch.
  const [failure, setFailure] = useState<{ key: 'neo4jDown' | 'serverDown'; detail?: string } | { text: string } | null>(null);
  const error = failure === null ? null : 'text' in failure ? failure.text : t(failure.key, { error: failure.detail ?? '' });
  const { path } = useLocation();
  const route = ROUTES.find((r) => r.path === path) ?? ROUTES[0]!;
  const View = route.component;

  useEffect(() => {
    getJson<Health>('/api/health')
      .then((h) => {
        setHealth(h);
        setFailure(h.status === 'ok' ? null : { key: 'neo4jDown', detail: h.neo4j.error ?? 'unknown error' });
      })
      .catch((e: Error) => setFailure(e instanceof ApiError && e.unreachable ? { key: 'serverDown' } : { text: e.message }));
  }, []);

  return (
    <div className="app">
      <header>
        <h1>{t('appTitle')}</h1>
        <nav>
          {ROUTES.map((r) => (
            <a
              key={r.path}
              href={r.path}
              aria-current={r === route ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(r.path);
              }}
            >
              {r.titleKey ? t(r.titleKey) : r.title}
            </a>
          ))}
        </nav>
        <SearchBox onPick={(r) => navigate('/', { ids: r.id, sel: r.id })} />
        <span className={`status ${health?.status ?? 'pending'}`} data-testid="health">
          {health ? (health.status === 'ok' ? t('connected', { version: health.neo4j.version ?? '' }) : t('unreachable')) : t('connecting')}
        </span>
        <label className="lang">
          <span className="visually-hidden">{t('language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as 'en' | 'nl')} aria-label={t('language')} data-testid="lang">
            <option value="en">EN</option>
            <option value="nl">NL</option>
          </select>
        </label>
      </header>
      {error && (
        <div className="error banner" role="alert" data-testid="app-error">
          {error}
        </div>
      )}
      <main>{!error || health ? <View key={route.path} /> : null}</main>
    </div>
  );
}
