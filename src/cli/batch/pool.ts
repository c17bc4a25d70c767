import { Piscina } from 'piscina';
import type { BatchTask, TaskResult } from './types.js';

/**
 * Longest one analysis may render before its worker is stopped and it fails alone
 * (no hang: reliability-and-email.md §3.2). VISINT_BATCH_TIMEOUT_MS overrides it (tests).
 */
const TIMEOUT_MS = Number(process.env.VISINT_BATCH_TIMEOUT_MS) || 60_000;

/** A fixed pool of worker threads running worker.js; started on the first task, so an all-unchanged run starts none. */
export class RenderPool {
  #pool: Piscina<BatchTask, TaskResult> | undefined;

  constructor(readonly threads: number) {}

  async run(task: BatchTask): Promise<TaskResult> {
    this.#pool ??= new Piscina<BatchTask, TaskResult>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: 60_000,
    });
    const signal = AbortSignal.timeout(TIMEOUT_MS);
    try {
      return await this.#pool.run(task, { signal });
    } catch (e) {
      if (signal.aborted) throw new Error(`rendering did not finish within ${TIMEOUT_MS / 1000} s and was stopped`);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.#pool?.destroy();
  }
}
