// Shared machinery of the load benchmarks (load.ts, api-scale.ts): percentiles of timed calls,
// a keep-alive HTTP client, autocannon runs reduced to the figures recorded, and the resident
// memory of a process read from /proc.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';

export interface ApiRequest {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export interface Percentiles {
  calls: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) throw new Error('percentile of no values');
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function percentiles(ms: readonly number[]): Percentiles {
  return { calls: ms.length, p50Ms: round(percentile(ms, 50)), p95Ms: round(percentile(ms, 95)), p99Ms: round(percentile(ms, 99)), maxMs: round(Math.max(...ms)) };
}

/** A keep-alive client for one server; `call` resolves with the time to the last byte, and throws on a status other than 200. */
export function httpClient(base: string, sockets = 64) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const url = new URL(base);
  const call = (req: ApiRequest, retried = false): Promise<{ ms: number; bytes: number }> =>
    new Promise((resolve, reject) => {
      const body = req.body === undefined ? undefined : JSON.stringify(req.body);
      const t = performance.now();
      const r = http.request(
        { agent, host: url.hostname, port: url.port, method: req.method, path: req.path, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} },
        (res) => {
          let bytes = 0;
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => {
            bytes += c.length;
            if (res.statusCode !== 200) chunks.push(c);
          });
          res.on('end', () => {
            const ms = performance.now() - t;
            if (res.statusCode === 200) resolve({ ms, bytes });
            else reject(new Error(`${req.name}: HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`));
          });
          res.on('error', reject);
        },
      );
      // A kept-alive socket the server closed as it was reused: once more on a new one (as Node's docs advise).
      r.on('error', (err: NodeJS.ErrnoException) => (r.reusedSocket && err.code === 'ECONNRESET' && !retried ? call(req, true).then(resolve, reject) : reject(err)));
      r.end(body);
    });
  return { call, close: () => agent.destroy() };
}

/**
 * Times two ways of doing the same work, alternating call by call so that a change in the
 * machine's load hits both alike: up to `calls` of each, fewer once `budgetMs` is spent (at least
 * `minCalls`). `work(i)` runs the i-th call of a way.
 */
export async function timePaired(a: (i: number) => Promise<unknown>, b: (i: number) => Promise<unknown>, o: { calls: number; budgetMs: number; minCalls?: number }) {
  const times = { a: [] as number[], b: [] as number[] };
  const t0 = performance.now();
  for (let i = 0; i < o.calls && (i < (o.minCalls ?? 5) || performance.now() - t0 < o.budgetMs); i++) {
    let t = performance.now();
    await a(i);
    times.a.push(performance.now() - t);
    t = performance.now();
    await b(i);
    times.b.push(performance.now() - t);
  }
  return times;
}

export interface LoadRun {
  requests: number;
  durationS: number;
  throughputPerS: number;
  latency: Percentiles & { meanMs: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** The same figures per request of the mix. */
  byRequest: Record<string, Percentiles & { non2xx: number }>;
}

type Tracker = autocannon.Instance & PromiseLike<autocannon.Result>;
/** autocannon's client keeps which request of the list it is on; its types do not show it. */
type TrackedClient = autocannon.Client & { requestIterator?: { currentRequestIndex?: number } };

/**
 * autocannon against `base`, each connection cycling through `requests` for `durationS` (or until
 * `amount` requests are answered).
 * Latencies are taken from every response (autocannon's own histogram keeps whole milliseconds
 * of 2xx answers only and has no p95); connection errors and timeouts are autocannon's counts.
 */
export async function loadRun(base: string, requests: readonly ApiRequest[], o: { connections: number; durationS: number; amount?: number; timeoutS?: number }): Promise<LoadRun> {
  const all: number[] = [];
  const times = requests.map(() => [] as number[]);
  const bad = requests.map(() => 0);
  const statusCodes: Record<string, number> = {};
  const instance = autocannon({
    url: base,
    connections: o.connections,
    duration: o.durationS,
    ...(o.amount ? { amount: o.amount } : {}),
    timeout: o.timeoutS ?? 30,
    requests: requests.map((r) => ({
      method: r.method,
      path: r.path,
      ...(r.body === undefined ? {} : { body: JSON.stringify(r.body), headers: { 'content-type': 'application/json' } }),
    })),
  }) as unknown as Tracker;
  // At a 'response' the client's request iterator still points at the request answered (no pipelining).
  instance.on('response', (client, status, _bytes, ms) => {
    const i = (client as TrackedClient).requestIterator?.currentRequestIndex ?? 0;
    all.push(ms);
    times[i]?.push(ms);
    statusCodes[status] = (statusCodes[status] ?? 0) + 1;
    if (status < 200 || status > 299) bad[i] = (bad[i] ?? 0) + 1;
  });
  const result = await instance;
  const durationS = result.duration;
  return {
    requests: all.length,
    durationS: round(durationS, 2),
    throughputPerS: round(all.length / durationS),
    latency: { ...percentiles(all.length ? all : [0]), meanMs: round(all.reduce((a, b) => a + b, 0) / Math.max(1, all.length)) },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    byRequest: Object.fromEntries(requests.map((r, i) => [r.name, { ...percentiles(times[i]!.length ? times[i]! : [0]), non2xx: bad[i]! }])),
  };
}

/** Resident memory of a process in MiB (VmRSS of /proc/<pid>/status). */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return round(Number(line[1]) / 1024);
}

/**
 * CPU time a process has used so far, user + system, in seconds (/proc/<pid>/stat, in clock
 * ticks of 1/100 s, the Linux USER_HZ).
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Samples a process's RSS every `everyMs` until stopped; the largest and last values. */
export function sampleRss(pid: number, everyMs = 500) {
  const samples: number[] = [rssMiB(pid)];
  const timer = setInterval(() => {
    try {
      samples.push(rssMiB(pid));
    } catch {
      // the process is gone: the samples so far stand
    }
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { maxMiB: Math.max(...samples), lastMiB: samples.at(-1)!, samples: samples.length };
    },
  };
}
