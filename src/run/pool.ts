import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { VisintError } from '../errors.js';
import type { JobResult, RenderJob } from './types.js';

export interface PoolOptions {
  threads: number;
  /** longest one job may render before its worker is stopped (and replaced) and the job fails */
  deadlineMs: number;
  /** jobs allowed to wait for a worker; beyond it `run` refuses at once (QueueFullError) */
  maxQueue?: number;
}

/** A job waited past the pool's queue bound: nothing was started. */
export class QueueFullError extends VisintError {
  constructor(readonly waiting: number) {
    super('timeout', `the render queue is full (${waiting} waiting); try again shortly`);
    this.name = 'QueueFullError';
  }
}

/** A job rendered past the deadline: its worker thread was stopped and a fresh one takes its place. */
export class DeadlineError extends VisintError {
  constructor(deadlineMs: number) {
    super('timeout', `rendering did not finish within ${deadlineMs / 1000} s and was stopped`);
    this.name = 'DeadlineError';
  }
}

/**
 * How far V8 lets a heap grow past what survived its last full collection, in percent, for the
 * pool's threads (a process-wide flag, set before they start). V8's own choice is up to ×4 when
 * collections are quick, and a worker's heap is almost all garbage between renders (~30 MB live),
 * so each worker carried ~100 MB it did not need. Measured on `npm run bench:batch` (1000
 * analyses, -j 2, two interleaved runs each): V8's default 421–424 MB peak RSS, 29.7–31.2 s,
 * 55.6–58.1 s CPU; 100 → 314–327 MB, 30.8–32.9 s, 57.8–61.4 s CPU (+4%); 50 → 295–301 MB but
 * 36–38 s; 200 → 372–376 MB.
 */
const HEAP_GROWING_PERCENT = 100;

/**
 * A fixed pool of worker threads running worker.js over analysis text (batch, serve, preview).
 * Started on the first job, so a run that renders nothing starts no thread.
 */
export class RenderPool {
  #pool: Piscina<RenderJob, JobResult> | undefined;
  #closing = false;
  /** workers stopped for a deadline or lost to a crash, and replaced */
  restarts = 0;

  constructor(readonly opts: PoolOptions) {}

  #started(): Piscina<RenderJob, JobResult> {
    if (this.#pool) return this.#pool;
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    const pool = new Piscina<RenderJob, JobResult>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: this.opts.threads,
      maxThreads: this.opts.threads,
      idleTimeout: 60_000,
      // A small young generation: scavenges come often, so resvg's dead wrappers (and their native
      // pixmaps) are found within a render or two, and each worker holds less. `visint batch` of the
      // 1000 bench analyses at -j 2, peak RSS: 437 MB with 8 MB, 419 MB with 4 MB, CPU within noise.
      // A cap on the old generation (64 or 96 MB) held it near 260 MB but cost +40% CPU in GC.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    pool.on('workerDestroy', () => {
      if (!this.#closing) this.restarts++;
    });
    return (this.#pool = pool);
  }

  /** Jobs waiting for a worker (not counting those rendering). */
  get queueDepth(): number {
    return this.#pool?.queueSize ?? 0;
  }

  /** Renders one job; rejects with DeadlineError past the deadline, QueueFullError when the queue is full. */
  async run(job: RenderJob): Promise<JobResult> {
    const pool = this.#started();
    if (this.opts.maxQueue !== undefined && pool.queueSize >= this.opts.maxQueue) throw new QueueFullError(pool.queueSize);
    const signal = AbortSignal.timeout(this.opts.deadlineMs);
    try {
      return await pool.run(job, { signal });
    } catch (e) {
      if (signal.aborted) throw new DeadlineError(this.opts.deadlineMs);
      throw e;
    }
  }

  /** Waits for the jobs in flight, then stops the threads. */
  async close(): Promise<void> {
    this.#closing = true;
    await this.#pool?.close();
  }

  /** Stops the threads at once; jobs in flight fail. */
  async destroy(): Promise<void> {
    this.#closing = true;
    await this.#pool?.destroy();
  }
}
