import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import type { Page } from 'playwright-core';
import { serveClient } from '../../server/http/client-files.ts';

// The built client without the API server: for the client-draw benchmark and the canvas tests,
// which answer the client's API calls themselves with a scene, so only the browser's work counts.

/** Serves the client build in `folder` (else HELIX_CLIENT_OUT or dist/client) on a loopback port. */
export async function serveBuiltClient(folder?: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = path.resolve(folder ?? process.env.HELIX_CLIENT_OUT ?? 'dist/client');
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`no client build in ${dir}: run npm run build first`);
  const app = express();
  serveClient(app, dir);
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Answers the page's API calls: health, the overview with `scene` (JSON text), 404 for the rest. */
export async function answerWithScene(page: Page, scene: string): Promise<void> {
  await page.route('**/api/**', (route) => {
    const p = new URL(route.request().url()).pathname;
    if (p === '/api/health') return route.fulfill({ json: { status: 'ok', version: 'static', neo4j: { reachable: true, version: '5.26' } } });
    if (p === '/api/overview') return route.fulfill({ body: scene, contentType: 'application/json' });
    return route.fulfill({ status: 404, contentType: 'application/problem+json', json: { title: 'Not found', detail: `no API endpoint ${route.request().method()} ${p}` } });
  });
}
