import { useEffect, useState } from 'react';
import { getJson, type Health } from './api/client.ts';
import { HELIX_COLOURS, HELIX_NAMES, OTHER_COLOUR } from './canvas/helix.ts';
import { navigate, useLocation } from './router.ts';
import { ROUTES } from './routes.tsx';

export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { path } = useLocation();
  const route = ROUTES.find((r) => r.path === path) ?? ROUTES[0]!;
  const View = route.component;

  useEffect(() => {
    getJson<Health>('/api/health')
      .then((h) => {
        setHealth(h);
        if (h.status !== 'ok') setError(`Neo4j is not reachable: ${h.neo4j.error ?? 'unknown error'}`);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  return (
    <div className="app">
      <header>
        <h1>Helix Explorer</h1>
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
              {r.title}
            </a>
          ))}
        </nav>
        <span className={`status ${health?.status ?? 'pending'}`} data-testid="health">
          {health ? (health.status === 'ok' ? `Neo4j ${health.neo4j.version} connected` : 'Neo4j unreachable') : 'connecting…'}
        </span>
      </header>
      <main>
        {error ? (
          <div className="error" role="alert">
            {error}
          </div>
        ) : (
          <View />
        )}
        <aside className="legend" aria-label="Legend">
          <h2>Helix</h2>
          {Object.entries(HELIX_NAMES).map(([key, name]) => (
            <div key={key}>
              <span className="swatch" style={{ background: HELIX_COLOURS[key] }} /> {name}
            </div>
          ))}
          <div>
            <span className="swatch" style={{ background: OTHER_COLOUR }} /> Sector, technology, region, policy, project
          </div>
        </aside>
      </main>
    </div>
  );
}
