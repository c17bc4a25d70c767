import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { join } from 'node:path';
import { RENDERER_VERSION } from '../cli/batch/fingerprint.js';
import { MANIFEST_NAME, writeManifest } from '../cli/batch/manifest.js';
import { summarise, type BatchSummary } from '../cli/batch/summary.js';
import type { RenderJobData, RenderJobResult } from './job.js';
import { loadRun, manifestEntries, runState } from './run.js';

export interface ManifestOptions {
  queueName: string;
  runId: string;
  out: string;
  /** wait for the run to finish instead of refusing an unfinished one */
  wait: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `visint queue manifest`: writes OUT/manifest.json for a finished run, in batch's format. */
export async function queueManifest(conn: Redis, o: ManifestOptions): Promise<BatchSummary> {
  const run = await loadRun(conn, o.queueName, o.runId);
  const queue = new Queue<RenderJobData, RenderJobResult>(o.queueName, { connection: conn });
  try {
    while (o.wait && !(await runState(queue, run)).finished) await sleep(1000);
    const { entries, lastFinished } = await manifestEntries(queue, run);
    const summary = summarise(entries, (lastFinished - run.created) / 1000, join(o.out, MANIFEST_NAME));
    const { failures: _f, manifest: _m, ...counts } = summary;
    writeManifest(o.out, { tool: 'visint', version: RENDERER_VERSION, options: run.options, summary: { ...counts, run: run.id }, analyses: entries });
    return summary;
  } finally {
    await queue.close();
  }
}
