import { existsSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runningPid, stopLocalNeo4j } from '../../server/neo4j/local-server.ts';
import { processAlive, runTs, startTs, waitUntil } from '../support/spawn.ts';

// `npm start` without NEO4J_URI: the project's own Neo4j is started, seeded, and stopped with it.

const port = 13000 + Math.floor(Math.random() * 1000);
const home = path.resolve(`.data/neo4j-lifecycle-${port}`);
const env = {
  NEO4J_URI: undefined,
  NEO4J_PASSWORD: undefined,
  HELIX_NEO4J_HOME: home,
  HELIX_NEO4J_BOLT_PORT: String(17700 + Math.floor(Math.random() * 200)),
  PORT: String(port),
  LOG_LEVEL: 'info',
};
const ready = /Helix Explorer is ready/;

describe('the managed Neo4j', () => {
  beforeAll(() => rm(home, { recursive: true, force: true }));
  afterAll(async () => {
    await stopLocalNeo4j(home);
    await rm(home, { recursive: true, force: true });
  });

  // A fresh Neo4j plus the seeds: slow on a busy machine (start-up speed is measured in bench/).
  it('starts with the app, seeds the empty database, and stops on SIGTERM leaving no Java process', async () => {
    const app = await startTs('server/main.ts', env, ready);
    const pid = runningPid(home);
    expect(pid).toBeDefined();
    expect(statSync(path.join(home, 'password')).mode & 0o777).toBe(0o600);
    expect(app.output()).toContain('generated a Neo4j password');
    const password = readFileSync(path.join(home, 'password'), 'utf8').trim();
    expect(app.output()).not.toContain(password);
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { status: string; counts: { nodes: Record<string, number> } };
    expect(health.status).toBe('ok');
    expect(health.counts.nodes.Document).toBe(5);

    const exited = new Promise<number | null>((resolve) => app.child.once('exit', resolve));
    app.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(processAlive(pid!)).toBe(false);
  }, 240_000);

  it('leaves no orphan Java process when the app is killed outright', async () => {
    const app = await startTs('server/main.ts', env, ready);
    const pid = runningPid(home)!;
    expect(app.output()).not.toContain('the database is empty');
    app.child.kill('SIGKILL');
    expect(await waitUntil(() => !processAlive(pid), 30_000)).toBe(true);
    expect(existsSync(path.join(home, 'run', 'neo4j.pid'))).toBe(false);
  });

  it('takes a chosen password that begins with a dash, and never prints it', async () => {
    const dashed = { ...env, HELIX_NEO4J_HOME: `${home}-dashed`, NEO4J_PASSWORD: '-Secret-dash-1' };
    try {
      const started = await runTs('server/cli/neo4j.ts', ['start'], dashed);
      expect(started.code).toBe(0);
      expect(started.stdout + started.stderr).not.toContain('-Secret-dash-1');
    } finally {
      await runTs('server/cli/neo4j.ts', ['stop'], dashed);
      await rm(`${home}-dashed`, { recursive: true, force: true });
    }
  });

  it('runs on its own with `npm run neo4j -- start|status|stop`', async () => {
    const started = await runTs('server/cli/neo4j.ts', ['start'], env);
    expect(started.code).toBe(0);
    expect(started.stdout).toMatch(/running on bolt:\/\/127\.0\.0\.1:\d+/);
    const status = await runTs('server/cli/neo4j.ts', ['status'], env);
    expect(status.stdout).toMatch(/running \(pid \d+\)/);
    const pid = Number(readFileSync(path.join(home, 'run', 'neo4j.pid'), 'utf8'));
    expect(processAlive(pid)).toBe(true);
    const stopped = await runTs('server/cli/neo4j.ts', ['stop'], env);
    expect(stopped.stdout).toContain('stopped');
    expect(processAlive(pid)).toBe(false);
    const after = await runTs('server/cli/neo4j.ts', ['status'], env);
    expect(after.code).toBe(3);
    expect(after.stdout).toContain('not running');
  });
});

describe('shutdown on SIGTERM', () => {
  // main.ts does not call process.exit on SIGTERM: the process ends once nothing is left running,
  // and only the 10 s guard exits (with 1) when a driver, pool or timer was left open.
  const startApp = (env: Record<string, string> = {}) => {
    const { uri, user, password } = inject('neo4j');
    const appPort = 14000 + Math.floor(Math.random() * 1000);
    const url = `http://127.0.0.1:${appPort}`;
    return startTs('server/main.ts', { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, HELIX_AUTOLOAD_SEEDS: 'false', PORT: String(appPort), LOG_LEVEL: 'info', HELIX_RATE_LIMIT_PER_MINUTE: '0', ...env }, ready).then((app) => ({ ...app, url }));
  };

  it('closes the console\'s own driver, the import lease and every timer, so the process ends by itself with 0', async () => {
    const token = 'shutdown-test-token-0123456789';
    const app = await startApp({ HELIX_API_TOKEN: token });
    const exited = new Promise<number | null>((resolve) => app.child.once('exit', resolve));
    // The console's driver is opened by its first query, and stays open until shutdown.
    const res = await fetch(`${app.url}/api/console/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS one' }) });
    expect(res.status).toBe(200);
    // An import refused for its files has claimed and given back the import lease.
    const form = new FormData();
    form.append('files', new Blob(['id,name\n'], { type: 'text/csv' }), 'unknown.csv');
    expect((await fetch(`${app.url}/api/import`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } })).status).toBe(422);
    app.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(app.output()).toContain('stopped');
    expect(app.output()).not.toContain('exiting now');
  }, 180_000);

  it('lets a request in flight finish, then exits 0 within 10 s', async () => {
    const app = await startApp();
    const appPort = new URL(app.url).port;
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => app.child.once('exit', (code) => resolve({ code, at: Date.now() })));
    // A read that keeps Neo4j busy for a few seconds.
    const slow = fetch(`http://127.0.0.1:${appPort}/api/console/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'UNWIND range(1, 25000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n' }),
    });
    await new Promise((r) => setTimeout(r, 1000));
    const signalled = Date.now();
    app.child.kill('SIGTERM');
    const res = await slow;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: { n: number }[] };
    expect(body.rows[0]?.n).toBe(3571429);
    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(10_000);
    expect(app.output()).toContain('stopped');
  }, 180_000);
});
