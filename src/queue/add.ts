import { Queue } from 'bullmq';
import { loadTheme } from '../io/themes.js';
import { RENDERER_VERSION, sha256 } from '../cli/batch/fingerprint.js';
import { scanInputs, type ScanRecord } from '../cli/batch/scan.js';
import { InputError, readInput } from '../cli/io.js';
import type { RenderCliOptions } from '../cli/options.js';
import { formatIssue } from '../cli/report.js';
import { commandConnection } from './connection.js';
import { decodeFailure, JOB_OPTIONS, newRunId, runKeys, type JobRenderOptions, type RenderJobData, type RunEntry } from './job.js';

export interface AddOptions {
  redisUrl: string;
  queueName: string;
  render: RenderCliOptions;
}

export interface AddSummary {
  runId: string;
  analyses: number;
  /** new jobs */
  queued: number;
  /** jobs that already existed (finished, or waiting): nothing new to render */
  alreadyQueued: number;
  /** jobs that had failed for a reason that may pass now (a write error, a timeout), queued again */
  requeued: number;
  invalid: number;
}

const CHUNK = 200;
/** The walk skips the output folder; `queue add` has none, so it skips a path nothing can have. */
const NO_OUTPUT_FOLDER = '\u0000';

/** The options a job carries. A theme file is resolved here: the workers may not see the file. */
export function jobOptions(render: RenderCliOptions): JobRenderOptions {
  const { out: _out, theme, ...rest } = render;
  if (theme === undefined) return rest;
  return { ...rest, theme: /[\\/]|\.json$/i.test(theme) ? loadTheme(theme) : theme };
}

/**
 * `visint queue add`: validates every input as `batch` does (same walk, same duplicate-id
 * rule), then enqueues one job per valid analysis whose job id is the batch's incremental key
 * (input + options + theme + renderer version), so a job that exists already is not added
 * again. The run (every input, queued or refused) is recorded for status and manifest.
 */
export async function addToQueue(paths: string[], o: AddOptions, log: (line: string) => void): Promise<AddSummary> {
  const records = await scanInputs(paths, { ...o.render, out: NO_OUTPUT_FOLDER });
  const opts = jobOptions(o.render);
  const runId = newRunId();
  const keys = runKeys(o.queueName, runId);
  const s: AddSummary = { runId, analyses: records.length, queued: 0, alreadyQueued: 0, requeued: 0, invalid: 0 };
  const connection = await commandConnection(o.redisUrl);
  const queue = new Queue<RenderJobData>(o.queueName, { connection });
  try {
    for (let i = 0; i < records.length; i += CHUNK) {
      const entries = await enqueueChunk(queue, records.slice(i, i + CHUNK), opts, runId, s, log);
      await connection.rpush(keys.entries, ...entries.map((e) => JSON.stringify(e)));
    }
    const now = Date.now();
    await connection.hset(keys.meta, { created: String(now), total: String(records.length), version: RENDERER_VERSION, options: JSON.stringify(manifestOptions(o.render)) });
    await connection.zadd(keys.runs, now, runId);
  } finally {
    await queue.close();
    await connection.quit().catch(() => undefined);
  }
  return s;
}

/** The `options` block of the run's manifest.json, as batch writes it. */
export function manifestOptions(r: RenderCliOptions): Record<string, unknown> {
  return { diagrams: r.diagrams, formats: r.formats, theme: r.theme ?? null, size: r.sizeName, width: r.size.width, height: r.size.height, scale: r.scale ?? r.size.scale ?? 1 };
}

async function enqueueChunk(queue: Queue<RenderJobData>, records: ScanRecord[], opts: JobRenderOptions, runId: string, s: AddSummary, log: (line: string) => void): Promise<RunEntry[]> {
  const refuse = (r: { source: string; id?: string }, errors: { path: string; message: string }[]): RunEntry => {
    s.invalid++;
    for (const e of errors) log(formatIssue(r.source, e));
    return { source: r.source, ...(r.id !== undefined ? { id: r.id } : {}), failed: { kind: 'invalid', errors, retryable: false } };
  };
  const entries: RunEntry[] = [];
  const fresh: { name: string; data: RenderJobData; opts: { jobId: string } & typeof JOB_OPTIONS }[] = [];
  const states = await Promise.all(records.map((r) => (r.ok ? queue.getJobState(r.key) : Promise.resolve('unknown'))));
  for (const [i, r] of records.entries()) {
    if (!r.ok) {
      entries.push(refuse(r, r.errors));
      continue;
    }
    const state = states[i];
    if (state === 'unknown') {
      let text: string;
      try {
        text = readInput(r.source);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        entries.push(refuse(r, [{ path: '', message: e.message }]));
        continue;
      }
      // the scan validated this text; one edited since is refused, not queued unchecked
      if (sha256(text) !== r.inputSha) {
        entries.push(refuse(r, [{ path: '', message: `${r.source} changed while it was being added; add it again` }]));
        continue;
      }
      fresh.push({ name: r.id, data: { version: RENDERER_VERSION, runId, source: r.source, id: r.id, text, opts }, opts: { jobId: r.key, ...JOB_OPTIONS } });
      s.queued++;
    } else if (state === 'failed' && (await retryable(queue, r.key))) {
      s.requeued++;
    } else s.alreadyQueued++;
    entries.push({ source: r.source, id: r.id, job: r.key });
  }
  if (fresh.length > 0) await queue.addBulk(fresh);
  return entries;
}

/** Queues a failed job again when its failure may pass now (a write error, a timeout, a crash), not one that would fail the same way. */
async function retryable(queue: Queue<RenderJobData>, jobId: string): Promise<boolean> {
  const job = await queue.getJob(jobId);
  if (!job || !decodeFailure(job.failedReason).retryable) return false;
  await job.retry('failed');
  return true;
}
