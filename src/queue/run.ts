import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ManifestEntry } from '../cli/batch/types.js';
import { VisintError } from '../errors.js';
import { decodeFailure, runKeys, type RenderJobData, type RenderJobResult, type RunEntry } from './job.js';

/** One `queue add`: its inputs in order, and what batch's manifest needs to know about them. */
export interface Run {
  id: string;
  created: number;
  options: Record<string, unknown>;
  entries: RunEntry[];
}

export async function latestRunId(conn: Redis, queueName: string): Promise<string | undefined> {
  const [id] = await conn.zrange(runKeys(queueName, '').runs, -1, -1);
  return id;
}

export async function loadRun(conn: Redis, queueName: string, runId: string): Promise<Run> {
  const keys = runKeys(queueName, runId);
  const meta = await conn.hgetall(keys.meta);
  if (!meta.created) throw new VisintError('usage', `--run: no run "${runId}" in queue "${queueName}"${(await latestRunId(conn, queueName)) ? ` (latest: ${await latestRunId(conn, queueName)})` : ''}`);
  const entries = (await conn.lrange(keys.entries, 0, -1)).map((line) => JSON.parse(line) as RunEntry);
  return { id: runId, created: Number(meta.created), options: JSON.parse(meta.options ?? '{}') as Record<string, unknown>, entries };
}

/** Where an analysis of a run stands. `waiting` includes delayed retries; `invalid` was never queued. */
export type Standing = 'waiting' | 'active' | 'completed' | 'failed' | 'invalid';

export interface RunState {
  standings: Standing[];
  counts: Record<Standing, number>;
  finished: boolean;
}

const CHUNK = 500;

async function inChunks<T, R>(items: T[], f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await Promise.all(items.slice(i, i + CHUNK).map(f))));
  return out;
}

export async function runState(queue: Queue<RenderJobData, RenderJobResult>, run: Run): Promise<RunState> {
  const standings = await inChunks(run.entries, async (e): Promise<Standing> => {
    if (!('job' in e)) return 'invalid';
    const s = await queue.getJobState(e.job);
    return s === 'completed' || s === 'failed' || s === 'active' ? s : 'waiting';
  });
  const counts: Record<Standing, number> = { waiting: 0, active: 0, completed: 0, failed: 0, invalid: 0 };
  for (const s of standings) counts[s]++;
  return { standings, counts, finished: counts.waiting + counts.active === 0 };
}

/**
 * The run's analyses as batch's manifest lists them, in the order they were added: each
 * rendered analysis with its file records (from the job's result), each failure with its
 * errors. Only for a finished run.
 */
export async function manifestEntries(queue: Queue<RenderJobData, RenderJobResult>, run: Run): Promise<{ entries: ManifestEntry[]; lastFinished: number }> {
  let lastFinished = run.created;
  const entries = await inChunks(run.entries, async (e): Promise<ManifestEntry> => {
    if (!('job' in e)) return { source: e.source, ...(e.id !== undefined ? { id: e.id } : {}), status: 'failed', kind: e.failed.kind, errors: e.failed.errors };
    const job = await queue.getJob(e.job);
    const state = job ? await job.getState() : 'unknown';
    if (job?.finishedOn) lastFinished = Math.max(lastFinished, job.finishedOn);
    if (state === 'completed' && job?.returnvalue) return { source: e.source, id: e.id, status: 'rendered', key: e.job, files: job.returnvalue.files };
    if (state === 'failed' && job) {
      const f = decodeFailure(job.failedReason);
      return { source: e.source, id: e.id, status: 'failed', kind: f.kind, errors: f.errors };
    }
    if (state === 'unknown') return { source: e.source, id: e.id, status: 'failed', kind: 'render', errors: [{ path: '', message: `job ${e.job} is no longer in the queue (removed?); add the analysis again` }] };
    throw new VisintError('usage', `run ${run.id} is not finished: ${e.source} is ${state}`);
  });
  return { entries, lastFinished };
}
