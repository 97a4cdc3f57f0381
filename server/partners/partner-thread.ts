import { Worker } from 'node:worker_threads';
import type { PartnerJob, PartnerReply } from './partner-jobs.ts';

/**
 * The thread holds a large graph (~225 MB on the CORDIS import), so each full collection marks all
 * of it: 100–150 ms of marking that landed inside an answer every few answers. With V8's default
 * young generation an answer's temporaries outlived it and were promoted; with this one they die
 * young (bench/README.md, partners-latency).
 */
const YOUNG_GENERATION_MB = 96;

type Pending = { resolve: (reply: PartnerReply) => void; reject: (err: Error) => void };

/**
 * One worker thread that holds the partner graph and answers over it (partner-jobs.ts). One, not
 * a pool: the graph is large, and each thread would build and hold its own. Started on the first
 * job; a thread that dies rejects what it had and the next job starts a new one, which has no
 * graph until it is loaded again (the reply says `unloaded`).
 */
export class PartnerThread {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  run(job: PartnerJob): Promise<PartnerReply> {
    const worker = this.start();
    const id = this.next++;
    return new Promise<PartnerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./partner-worker.mjs', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    // It must not keep the process alive: close() ends it on shutdown.
    worker.unref();
    worker.on('message', ({ id, reply, error }: { id: number; reply?: PartnerReply; error?: string }) => {
      const pending = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) pending?.reject(new Error(error));
      else pending?.resolve(reply!);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the partner thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
