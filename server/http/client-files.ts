import express from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * Serves the built client from `dir`: its files, gzipped by the build (client/vite.config.ts) for
 * browsers that accept it, and for every other GET outside /api the app itself, which reads its
 * view from the URL. Paths are sent relative to `dir` (send's `root`), so a build folder under a
 * dot-folder (such as .data/) is served too.
 */
export function serveClient(app: express.Express, dir: string, options: { maxAge?: string } = {}): void {
  app.use(expressStaticGzip(dir, { index: false, serveStatic: { index: false, ...options } }));
  app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile('index.html', { root: dir }));
}
