import { useCallback, useEffect, useState } from 'react';
import { getJson, type GraphElements, type Health } from './api/client.ts';
import { GraphCanvas } from './canvas/GraphCanvas.tsx';
import { HELIX_COLOURS, HELIX_NAMES, OTHER_COLOUR } from './canvas/helix.ts';

interface Overview extends GraphElements {
  summary: { nodes: number; edges: number; truncated: boolean };
}

export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [graph, setGraph] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    getJson<Health>('/api/health')
      .then((h) => {
        setHealth(h);
        if (h.status !== 'ok') throw new Error(`Neo4j is not reachable: ${h.neo4j.error ?? 'unknown error'}`);
        return getJson<Overview>('/api/overview');
      })
      .then(setGraph)
      .catch((e: Error) => setError(e.message));
  }, []);

  const onSelect = useCallback((id: string | null) => setSelected(id), []);
  const node = graph?.nodes.find((n) => n.data.id === selected);

  return (
    <div className="app">
      <header>
        <h1>Helix Explorer</h1>
        <span className={`status ${health?.status ?? 'pending'}`} data-testid="health">
          {health ? (health.status === 'ok' ? `Neo4j ${health.neo4j.version} connected` : 'Neo4j unreachable') : 'connecting…'}
        </span>
        {graph && (
          <span className="summary" data-testid="summary">
            {graph.summary.nodes} nodes · {graph.summary.edges} links{graph.summary.truncated ? ' (truncated)' : ''}
          </span>
        )}
      </header>
      <main>
        {error && (
          <div className="error" role="alert">
            {error}
          </div>
        )}
        {!error && !graph && <div className="loading">Loading the graph…</div>}
        {graph && graph.nodes.length === 0 && <div className="empty">The graph is empty: run <code>npm run load</code> to load the seeds.</div>}
        {graph && graph.nodes.length > 0 && <GraphCanvas elements={graph} onSelect={onSelect} />}
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
          {node && (
            <section className="details" data-testid="details">
              <h2>{node.data.label}</h2>
              <p>
                {node.data.type}
                {node.data.helix ? ` · ${HELIX_NAMES[node.data.helix] ?? node.data.helix}` : ''}
              </p>
            </section>
          )}
        </aside>
      </main>
    </div>
  );
}
