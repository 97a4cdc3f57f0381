import { useEffect } from 'react';
import { useHealth } from './api/explore.ts';
import type { Problem } from './api/client.ts';
import { isLang, setLang, useT, type Lang } from './i18n/index.ts';
import { langParams, linkTo, navigate, useLocation, useViewParams } from './router.ts';
import { contextOf, paramsFor } from './context.ts';
import { ROUTES } from './routes.tsx';
import { PeriodControl } from './shell/PeriodControl.tsx';
import { SearchBox } from './shell/SearchBox.tsx';
import { ViewBoundary } from './shell/ViewBoundary.tsx';
import { ErrorState } from './ui/index.ts';

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
  // A problem, not a sentence, so the words follow the language switch.
  const error: Error | Problem | null = health.error
    ? health.error
    : h && h.status !== 'ok'
      ? { status: 503, title: 'Database unavailable', detail: h.neo4j.error ?? undefined }
      : null;
  const { path } = useLocation();
  const route = ROUTES.find((r) => r.path === path) ?? ROUTES[0]!;
  const View = route.component;

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-bar">
          <h1>{t('appTitle')}</h1>
          <SearchBox onPick={(r) => navigate('/', { ids: r.id, sel: r.id })} />
          <span className={`status ${h?.status ?? 'pending'}`} data-testid="health">
            {h ? (h.status === 'ok' ? t('connected', { version: h.neo4j.version ?? '' }) : t('unreachable')) : t('connecting')}
          </span>
          <select value={lang} onChange={(e) => isLang(e.target.value) && changeLang(e.target.value)} aria-label={t('language')} data-testid="lang">
            <option value="en">EN</option>
            <option value="nl">NL</option>
          </select>
        </div>
        <nav className="app-nav" aria-label={t('views')}>
          {ROUTES.map((r) => (
            <a
              key={r.path}
              href={linkTo(r.path)}
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
        {route.period !== false && (
          <ViewBoundary part="period">
            <PeriodControl />
          </ViewBoundary>
        )}
      </header>
      {error && <ErrorState banner error={error} testId="app-error" />}
      <main>
        {!error || h ? (
          <ViewBoundary key={route.path}>
            <View />
          </ViewBoundary>
        ) : null}
      </main>
    </div>
  );
}
