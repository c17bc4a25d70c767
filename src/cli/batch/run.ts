import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, OutputError, writeAtomic } from '../io.js';
import type { RenderCliOptions } from '../options.js';
import { formatIssue } from '../report.js';
import { RENDERER_VERSION } from './fingerprint.js';
import { Journal, loadPrevious, stillOnDisk, writeManifest, type DoneEntry } from './manifest.js';
import { DeadlineError, RenderPool } from '../../run/pool.js';
import type { JobResult, RenderJob } from '../../run/types.js';
import { batchJob, taskResult } from './job.js';
import { OutLock } from './lock.js';
import { createProgress, type Progress } from './progress.js';
import { scanInputs, type ScanRecord } from './scan.js';
import { summarise, type BatchSummary } from './summary.js';
import type { ManifestEntry, TaskResult } from './types.js';
import { writeOutputs } from './write.js';

/**
 * Longest one analysis may render before its worker is stopped and it fails alone
 * (no hang: reliability-and-email.md §3.2). VISINT_BATCH_TIMEOUT_MS overrides it (tests).
 */
const TIMEOUT_MS = Number(process.env.VISINT_BATCH_TIMEOUT_MS) || 60_000;

/** The output folder cannot be used: nothing was rendered. */
export class OutputDirError extends OutputError {}

export interface BatchOptions {
  render: RenderCliOptions;
  jobs: number;
  force: boolean;
}

const ERRNO_WORDS: Record<string, string> = { EROFS: 'read-only file system', EACCES: 'permission denied', EPERM: 'not permitted', ENOSPC: 'disk full', ENOTDIR: 'a parent is not a folder' };

/** Refuses an output folder that cannot be created or written before any work starts. */
function checkOutDir(out: string): void {
  try {
    ensureDir(out);
    const probe = join(out, '.visint-write-check');
    writeAtomic(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    const msg = (e as Error).message;
    const code = /\b(E[A-Z]+)$/.exec(msg)?.[1];
    throw new OutputDirError(`output folder ${out} is not usable: ${msg}${code && ERRNO_WORDS[code] ? ` (${ERRNO_WORDS[code]})` : ''}`);
  }
}

const renderFailure = (r: ScanRecord, e: unknown): ManifestEntry => ({ source: r.source, ...(r.id !== undefined ? { id: r.id } : {}), status: 'failed', kind: 'render', errors: [{ path: '', message: e instanceof Error ? e.message : String(e) }] });

/** Writes a worker's files (main thread: fsync waits overlap the workers' rendering) and makes the entry. */
function saveResult(out: string, r: Extract<ScanRecord, { ok: true }>, res: TaskResult, runStart: number): ManifestEntry {
  if (!res.ok) return { source: r.source, id: r.id, status: 'failed', kind: res.kind, errors: res.errors };
  try {
    writeOutputs(out, r.id, res.files, runStart);
  } catch (e) {
    return renderFailure(r, e);
  }
  return { source: r.source, id: r.id, status: 'rendered', key: r.key, files: res.files.map((f) => f.record), ...(res.skipped.length ? { skipped: res.skipped } : {}), ...(res.diagramFailures.length ? { diagramFailures: res.diagramFailures } : {}) };
}

/**
 * The deadline is wall-clock time from when the job is handed to the pool (its wait for a thread
 * included), so a batch that gets no CPU for a while (a busy or overcommitted machine, a niced
 * run, a suspended laptop) sees every analysis in flight — 2 × jobs of them — stopped at once,
 * though none of them hangs. One more try, on a fresh thread, tells the two apart: an input that
 * really hangs fails again (after twice the deadline), a starved one renders.
 */
async function renderWithOneRetry(pool: RenderPool, job: RenderJob, source: string, progress: Progress): Promise<JobResult> {
  try {
    return await pool.run(job);
  } catch (e) {
    if (!(e instanceof DeadlineError)) throw e;
    progress.log(`${source}: ${e.message}; trying it once more`);
    return pool.run(job);
  }
}

/**
 * The batch, as stages: check OUT → scan every input (ids, hashes, duplicates) → for each
 * input, fail it, skip it (unchanged since a finished run) or render it on the pool →
 * journal each finished analysis → write manifest.json.
 */
export async function runBatch(paths: string[], o: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const runStart = Date.now();
  const out = o.render.out;
  checkOutDir(out);
  let lock: OutLock;
  try {
    lock = OutLock.acquire(out);
  } catch (e) {
    throw new OutputDirError((e as Error).message);
  }
  try {
    return await runLocked(paths, o, out, started, runStart);
  } finally {
    lock.release();
  }
}

async function runLocked(paths: string[], o: BatchOptions, out: string, started: number, runStart: number): Promise<BatchSummary> {
  const records = await scanInputs(paths, o.render);
  const previous = o.force ? new Map<string, DoneEntry>() : loadPrevious(out);
  const journal = new Journal(out);
  const progress = createProgress(records.length);
  const entries: ManifestEntry[] = new Array(records.length);
  let fatal: unknown;
  const finish = (i: number, e: ManifestEntry): void => {
    entries[i] = e;
    try {
      if (e.status === 'failed') for (const err of e.errors) progress.log(formatIssue(e.source, err));
      else if (e.status === 'rendered') {
        for (const f of e.diagramFailures ?? []) progress.log(`${e.source}: ${f.diagram}: could not be drawn: ${f.message}`);
        journal.append(e);
      }
    } catch (err) {
      fatal ??= err;
    }
    progress.tick(e.status === 'failed');
  };
  const pool = new RenderPool({ threads: o.jobs, deadlineMs: TIMEOUT_MS });
  const inFlight = new Set<Promise<void>>();
  try {
    for (const [i, r] of records.entries()) {
      if (fatal) break;
      if (!r.ok) {
        finish(i, { source: r.source, ...(r.id !== undefined ? { id: r.id } : {}), status: 'failed', kind: r.kind, errors: r.errors });
        continue;
      }
      const prev = previous.get(r.key);
      // an analysis some of whose diagrams failed is tried again, not taken as done
      if (prev && prev.id === r.id && !prev.diagramFailures?.length && stillOnDisk(out, prev)) {
        finish(i, { ...prev, source: r.source, status: 'unchanged' });
        continue;
      }
      const job = batchJob(r, o.render);
      if (!('text' in job)) {
        finish(i, saveResult(out, r, job, runStart));
        continue;
      }
      const p: Promise<void> = renderWithOneRetry(pool, job, r.source, progress)
        .then((res) => finish(i, saveResult(out, r, taskResult(res), runStart)), (err: unknown) => finish(i, renderFailure(r, err)))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      // a short queue keeps memory flat however many inputs there are
      if (inFlight.size >= o.jobs * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    progress.stop();
    await pool.destroy();
  }
  if (fatal) throw fatal;
  const r = o.render;
  const summary = summarise(entries, (performance.now() - started) / 1000, join(out, 'manifest.json'));
  const { failures: _f, manifest: _m, ...counts } = summary;
  writeManifest(out, {
    tool: 'visint',
    version: RENDERER_VERSION,
    options: { diagrams: r.diagrams, formats: r.formats, theme: r.theme ?? null, size: r.sizeName, width: r.size.width, height: r.size.height, scale: r.scale ?? r.size.scale ?? 1 },
    summary: counts,
    analyses: entries,
  });
  journal.remove();
  return summary;
}
