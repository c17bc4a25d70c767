import { Piscina } from 'piscina';
import type { BatchTask, TaskResult } from './types.js';

/** A fixed pool of worker threads running worker.js; started on the first task, so an all-unchanged run starts none. */
export class RenderPool {
  #pool: Piscina<BatchTask, TaskResult> | undefined;

  constructor(readonly threads: number) {}

  run(task: BatchTask): Promise<TaskResult> {
    this.#pool ??= new Piscina<BatchTask, TaskResult>({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: 60_000,
    });
    return this.#pool.run(task);
  }

  async close(): Promise<void> {
    await this.#pool?.destroy();
  }
}
