import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { startSeededServer } from '../support/http.ts';

// The app's code and its API answers travel gzipped to a browser that accepts it, and unchanged
// to one that does not: what arrives is the same either way.

const CLIENT = process.env.HELIX_CLIENT_OUT ?? 'dist/client';

/** GET with exactly this Accept-Encoding, the body as sent (not decoded). */
function get(url: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('compressed answers', () => {
  let db: GraphDb;
  let server: Awaited<ReturnType<typeof startSeededServer>>['server'];
  beforeAll(async () => {
    ({ db, server } = await startSeededServer());
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('sends the scripts of the app gzipped, as built, to a browser that accepts gzip, and plain to one that does not', async () => {
    const page = (await get(`${server.url}/`, 'identity')).body.toString('utf8');
    const script = /<script type="module" crossorigin src="([^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeTruthy();
    const onDisk = await readFile(path.join(CLIENT, script!));
    const zipped = await get(server.url + script!, 'gzip, deflate, br');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(onDisk.length / 2);
    expect(gunzipSync(zipped.body).equals(onDisk)).toBe(true);
    const plain = await get(server.url + script!, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(onDisk)).toBe(true);
  });

  it('sends a large API answer gzipped, with the same JSON as the plain answer', async () => {
    const url = `${server.url}/api/overview?limit=500`;
    const plain = await get(url, 'identity');
    const zipped = await get(url, 'gzip');
    expect(plain.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    const scene = JSON.parse(gunzipSync(zipped.body).toString('utf8')) as { nodes: unknown[] };
    expect(scene.nodes.length).toBeGreaterThan(100);
    expect(scene).toEqual(JSON.parse(plain.body.toString('utf8')));
  });
});
