// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphElements } from '../../../client/src/api/client.ts';
import { createQueryClient } from '../../../client/src/api/retry.ts';
import { useSceneMetrics, type SizeMetric } from '../../../client/src/scene/metrics.ts';
import { scene } from './fixtures.ts';

// The scene asks the server for metrics only when its nodes are sized by one the server computes,
// and only for the scene it shows.

/** Answers every POST /api/metrics with a degree of 1 per node it was sent; records what was sent. */
function serveMetrics() {
  const sent: GraphElements[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    if (!String(url).includes('/api/metrics')) return Promise.reject(new Error(`unexpected request ${url}`));
    const { elements } = JSON.parse(String(init?.body)) as { elements: GraphElements };
    sent.push(elements);
    const nodes = Object.fromEntries(elements.nodes.map((n) => [n.data.id, { degree: 1, betweenness: 0.5 }]));
    return Promise.resolve(new Response(JSON.stringify({ nodes, nodeCount: elements.nodes.length, edgeCount: elements.edges.length, approximate: false }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  });
  return sent;
}

function render(initial: { sizeBy: SizeMetric; grouped?: boolean; scene?: GraphElements }) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
  return renderHook((p: { sizeBy: SizeMetric; grouped?: boolean; scene?: GraphElements }) => useSceneMetrics(p.scene ?? scene, p.sizeBy, p.grouped ?? false), { initialProps: initial, wrapper });
}

/** Lets queued queries start (they would within a few milliseconds). */
const settle = () => act(() => new Promise((r) => setTimeout(r, 50)));

afterEach(() => vi.unstubAllGlobals());

describe('metrics of the scene', () => {
  it('sends no request while nodes are sized by degree or not sized, nor when groups are drawn', async () => {
    const sent = serveMetrics();
    const hook = render({ sizeBy: 'degree' });
    await settle();
    hook.rerender({ sizeBy: 'none' });
    await settle();
    hook.rerender({ sizeBy: 'betweenness', grouped: true });
    await settle();
    expect(sent).toHaveLength(0);
    expect(hook.result.current.data).toBeUndefined();
  });

  it('asks once a size needs the server, for the scene shown, and again only when the scene changes', async () => {
    const sent = serveMetrics();
    const hook = render({ sizeBy: 'degree' });
    await settle();
    hook.rerender({ sizeBy: 'betweenness' });
    await waitFor(() => expect(hook.result.current.data?.nodes['Actor:vito']).toBeDefined());
    expect(sent).toHaveLength(1);
    expect(sent[0]!.nodes.map((n) => n.data.id)).toEqual(scene.nodes.map((n) => n.data.id));
    // Another server-computed size reads the same answer; back to degree asks nothing.
    hook.rerender({ sizeBy: 'pagerank' });
    hook.rerender({ sizeBy: 'degree' });
    await settle();
    expect(sent).toHaveLength(1);
    const smaller: GraphElements = { nodes: scene.nodes.slice(0, 3), edges: scene.edges.filter((e) => scene.nodes.slice(0, 3).some((n) => n.data.id === e.data.source) && scene.nodes.slice(0, 3).some((n) => n.data.id === e.data.target)) };
    hook.rerender({ sizeBy: 'closeness', scene: smaller });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.nodes.map((n) => n.data.id)).toEqual(smaller.nodes.map((n) => n.data.id));
  });
});
