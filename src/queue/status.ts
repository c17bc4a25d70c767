import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ManifestEntry } from '../cli/batch/types.js';
import { formatIssue } from '../cli/report.js';
import { latestRunId, loadRun, runState, type Run, type RunState } from './run.js';
import { decodeFailure, type RenderJobData, type RenderJobResult } from './job.js';

export interface StatusOptions {
  queueName: string;
  runId?: string;
  watch: boolean;
  /** the view is redrawn in place on a terminal, printed line by line otherwise */
  stream: NodeJS.WriteStream;
  intervalMs?: number;
}

export interface RunStatus {
  run: string;
  analyses: number;
  counts: RunState['counts'];
  finished: boolean;
  failures: Extract<ManifestEntry, { status: 'failed' }>[];
}

const BAR = 30;

export function statusLine(s: RunStatus): string {
  const c = s.counts;
  const done = c.completed + c.failed + c.invalid;
  const share = s.analyses > 0 ? done / s.analyses : 1;
  const filled = Math.round(share * BAR);
  return `run ${s.run} [${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${s.analyses} ${Math.floor(share * 100)}% | waiting ${c.waiting} | active ${c.active} | completed ${c.completed} | failed ${c.failed} | invalid ${c.invalid}${s.finished ? ' | finished' : ''}`;
}

/** The run's standings, and the failures so far with their reasons (invalid inputs and failed jobs). */
async function statusOf(queue: Queue<RenderJobData, RenderJobResult>, run: Run): Promise<RunStatus> {
  const state = await runState(queue, run);
  const failures: RunStatus['failures'] = [];
  for (const [i, e] of run.entries.entries()) {
    if (!('job' in e)) failures.push({ source: e.source, ...(e.id !== undefined ? { id: e.id } : {}), status: 'failed', kind: e.failed.kind, errors: e.failed.errors });
    else if (state.standings[i] === 'failed') {
      const f = decodeFailure((await queue.getJob(e.job))?.failedReason);
      failures.push({ source: e.source, id: e.id, status: 'failed', kind: f.kind, errors: f.errors });
    }
  }
  return { run: run.id, analyses: run.entries.length, counts: state.counts, finished: state.finished, failures };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `visint queue status`: a run's analyses by standing, with a bar; the failures with their
 * reasons once the run is finished. --watch redraws until the run is finished.
 */
export async function queueStatus(conn: Redis, o: StatusOptions): Promise<RunStatus | undefined> {
  const runId = o.runId ?? (await latestRunId(conn, o.queueName));
  const queue = new Queue<RenderJobData, RenderJobResult>(o.queueName, { connection: conn });
  try {
    if (runId === undefined) {
      const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
      o.stream.write(`queue "${o.queueName}": no runs yet; jobs: ${JSON.stringify(c)}\n`);
      return undefined;
    }
    const run = await loadRun(conn, o.queueName, runId);
    const tty = o.stream.isTTY === true;
    let s = await statusOf(queue, run);
    let last = '';
    while (o.watch && !s.finished) {
      const line = statusLine(s);
      if (tty) o.stream.write(`\r${line}\x1b[K`);
      else if (line !== last) o.stream.write(line + '\n');
      last = line;
      await sleep(o.intervalMs ?? 1000);
      s = await statusOf(queue, run);
    }
    o.stream.write(`${tty && o.watch ? '\r' : ''}${statusLine(s)}${tty && o.watch ? '\x1b[K' : ''}\n`);
    for (const f of s.failures) for (const e of f.errors) o.stream.write(`  ${formatIssue(f.source, e)}\n`);
    return s;
  } finally {
    await queue.close();
  }
}
