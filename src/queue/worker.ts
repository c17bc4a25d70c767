import { Worker, type ChildPool, type Job } from 'bullmq';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, writeAtomic } from '../cli/io.js';
import { redactUrl, reportConnection, workerConnection } from './connection.js';
import { decodeFailure, OUT_ENV, type RenderJobData, type RenderJobResult } from './job.js';
import { memoryOf, recycleProcessors, type ProcessorMemory, type RecycleLimits } from './recycle.js';
import { VisintError } from '../errors.js';

export interface WorkerOptions extends RecycleLimits {
  redisUrl: string;
  queueName: string;
  out: string;
  /** sandboxed processors, i.e. jobs rendered at once */
  concurrency: number;
  /** how long a job's lock lasts without renewal; a dead worker's jobs are taken over after about this long */
  lockMs: number;
}

export interface WorkerStats {
  completed: number;
  failed: number;
  peakRssBytes: { main: number; processor: number };
  recycled: number;
}

const PROGRESS_EVERY_MS = 5000;

function checkOutDir(out: string): void {
  try {
    ensureDir(out);
    const probe = join(out, `.visint-write-check-${process.pid}`);
    writeAtomic(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    throw new VisintError('output-failed', `output folder ${out} is not usable: ${(e as Error).message}`);
  }
}

/**
 * `visint worker`: takes render jobs from the queue and runs each in a BullMQ sandboxed
 * processor (a child process: rendering is CPU-bound and would otherwise starve the lock
 * renewals of this process). Runs until SIGTERM/SIGINT: then takes no new job, lets the
 * running ones finish and exits; a second signal stops at once (the jobs go back to the
 * queue when their locks expire).
 */
export async function runWorker(o: WorkerOptions, log: (line: string) => void): Promise<WorkerStats> {
  checkOutDir(o.out);
  const connection = workerConnection(o.redisUrl);
  reportConnection(connection, o.redisUrl, log);
  const worker = new Worker<RenderJobData, RenderJobResult>(o.queueName, new URL('./processor.js', import.meta.url), {
    connection,
    concurrency: o.concurrency,
    useWorkerThreads: false,
    workerForkOptions: { env: { ...process.env, [OUT_ENV]: o.out } },
    lockDuration: o.lockMs,
    stalledInterval: o.lockMs,
    maxStalledCount: 2,
    autorun: false,
  });
  const pool = (worker as unknown as { childPool?: ChildPool }).childPool;
  if (!pool) throw new Error('bullmq changed: the sandbox pool is not where this version of visint expects it');
  const memory: ProcessorMemory = recycleProcessors(pool, o, log);
  const stats: WorkerStats = { completed: 0, failed: 0, peakRssBytes: { main: 0, processor: 0 }, recycled: 0 };
  const started = performance.now();
  let lastPrinted = -1;
  const printProgress = () => {
    const done = stats.completed + stats.failed;
    if (done === lastPrinted) return;
    lastPrinted = done;
    const rate = done / ((performance.now() - started) / 1000);
    log(`worker: ${stats.completed} completed, ${stats.failed} failed, ${rate.toFixed(1)} jobs/s`);
  };
  const timer = setInterval(printProgress, PROGRESS_EVERY_MS);
  worker.on('completed', () => void stats.completed++);
  worker.on('failed', (job: Job<RenderJobData> | undefined, err: Error) => {
    const f = decodeFailure(err.message);
    const final = !job || !f.retryable || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) stats.failed++;
    const where = job ? `${job.data.source} (${job.data.id})` : 'a job';
    log(`worker: ${where}: ${final ? 'failed' : `failed, will retry (attempt ${job?.attemptsMade})`}: ${f.errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ')}`);
  });
  worker.on('stalled', (jobId: string) => log(`worker: job ${jobId.slice(0, 12)}… was abandoned by a stopped worker; it is queued again`));
  // connection errors are reported by reportConnection, once per outage; others once each
  worker.on('error', (e: Error) => {
    if (!(e as NodeJS.ErrnoException).code) log(`worker: ${e.message}`);
  });

  const stopped = new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals++;
      if (signals === 1) {
        log(`worker: ${signal}: finishing the running jobs, taking no new ones (send it again to stop at once)`);
        void worker.close().then(resolve, resolve);
      } else {
        log(`worker: ${signal} again: stopping now; unfinished jobs return to the queue when their locks expire`);
        void worker.close(true).then(resolve, resolve);
      }
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });

  log(`worker: ${o.concurrency} processor${o.concurrency > 1 ? 's' : ''} taking jobs from "${o.queueName}" at ${redactUrl(o.redisUrl)}, writing to ${o.out}`);
  void worker.run().catch((e: unknown) => log(`worker: ${(e as Error).message}`));
  await stopped;
  clearInterval(timer);
  printProgress();
  await connection.quit().catch(() => connection.disconnect());
  stats.peakRssBytes = { main: memoryOf(process.pid)?.peak ?? process.memoryUsage.rss(), processor: memory.peakRssBytes };
  stats.recycled = memory.recycled;
  return stats;
}
