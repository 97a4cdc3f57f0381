import { useCallback, useEffect, useState } from 'react';
import { getJson, type GraphElements } from '../../api/client.ts';
import { GraphCanvas } from '../../canvas/GraphCanvas.tsx';
import { HELIX_NAMES } from '../../canvas/helix.ts';

interface Overview extends GraphElements {
  summary: { nodes: number; edges: number; truncated: boolean };
}

export function ExplorerView() {
  const [graph, setGraph] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    getJson<Overview>('/api/overview')
      .then(setGraph)
      .catch((e: Error) => setError(e.message));
  }, []);

  const onSelect = useCallback((id: string | null) => setSelected(id), []);
  const node = graph?.nodes.find((n) => n.data.id === selected);

  if (error) {
    return (
      <div className="error" role="alert">
        {error}
      </div>
    );
  }
  if (!graph) return <div className="loading">Loading the graph…</div>;
  if (graph.nodes.length === 0) {
    return (
      <div className="empty">
        The graph is empty: run <code>npm run load</code> to load the seeds.
      </div>
    );
  }
  return (
    <>
      <span className="summary" data-testid="summary">
        {graph.summary.nodes} nodes · {graph.summary.edges} links{graph.summary.truncated ? ' (truncated)' : ''}
      </span>
      <GraphCanvas elements={graph} onSelect={onSelect} />
      {node && (
        <section className="details" data-testid="details">
          <h2>{node.data.label}</h2>
          <p>
            {node.data.type}
            {node.data.helix ? ` · ${HELIX_NAMES[node.data.helix] ?? node.data.helix}` : ''}
          </p>
        </section>
      )}
    </>
  );
}
