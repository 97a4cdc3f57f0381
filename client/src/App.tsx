import { useEffect } from 'react';
import { useHealth } from './api/explore.ts';
import { ApiError } from './api/fetch.ts';
import { isLang, setLang, useT, type Lang } from './i18n/index.ts';
import { langParams, navigate, useLocation, useViewParams } from './router.ts';
import { contextOf, paramsFor } from './context.ts';
import { ROUTES } from './routes.tsx';
import { SearchBox } from './shell/SearchBox.tsx';

/** The interface language lives in the link (`?lang=`): a link opens in its language, a switch rewrites the link. */
function useLangInUrl(): [Lang, (l: Lang) => void] {
  const { lang } = useT();
  const [params, setParams] = useViewParams(langParams);
  useEffect(() => {
    if (params.lang && params.lang !== lang) setLang(params.lang);
    else if (!params.lang) setParams({ lang });
  }, [params.lang, lang, setParams]);
  const change = (l: Lang) => {
    setLang(l);
    setParams({ lang: l });
  };
  return [lang, change];
}

export function App() {
  const { t } = useT();
  const [lang, changeLang] = useLangInUrl();
  const health = useHealth();
  const h = health.data;
  // Kept as a dictionary key where there is one, so the message follows the language switch.
  const error = health.error
    ? health.error instanceof ApiError && health.error.unreachable
      ? t('serverDown')
      : health.error.message
    : h && h.status !== 'ok'
      ? t('neo4jDown', { error: h.neo4j.error ?? 'unknown error' })
      : null;
  const { path } = useLocation();
  const route = ROUTES.find((r) => r.path === path) ?? ROUTES[0]!;
  const View = route.component;

  return (
    <div className="app">
      <header>
        <h1>{t('appTitle')}</h1>
        <nav>
          {ROUTES.map((r) => (
            <a
              key={r.path}
              href={`${r.path}?lang=${lang}`}
              aria-current={r === route ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                // The sector, region or actor of this view opens the next one.
                navigate(r.path, r.path === path ? {} : paramsFor(r.path, contextOf(path, window.location.search)));
              }}
            >
              {r.titleKey ? t(r.titleKey) : r.title}
            </a>
          ))}
        </nav>
        <SearchBox onPick={(r) => navigate('/', { ids: r.id, sel: r.id })} />
        <span className={`status ${h?.status ?? 'pending'}`} data-testid="health">
          {h ? (h.status === 'ok' ? t('connected', { version: h.neo4j.version ?? '' }) : t('unreachable')) : t('connecting')}
        </span>
        <label className="lang">
          <span className="visually-hidden">{t('language')}</span>
          <select value={lang} onChange={(e) => isLang(e.target.value) && changeLang(e.target.value)} aria-label={t('language')} data-testid="lang">
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
      <main>{!error || h ? <View key={route.path} /> : null}</main>
    </div>
  );
}
