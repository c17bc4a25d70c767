import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { OutputDirError, runBatch } from '../batch/run.js';
import { exitCode, summaryLine } from '../batch/summary.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { writeStdout } from '../io.js';
import { parseRenderOptions, type RawRenderOptions } from '../options.js';
import { stderr } from '../report.js';

interface RawBatchOptions extends RawRenderOptions {
  jobs?: string;
  json?: boolean;
  force?: boolean;
}

const MAX_JOBS = 64;

function parseJobs(raw: string | undefined): number {
  if (raw === undefined) return Math.max(1, availableParallelism());
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_JOBS) throw new UsageError(`--jobs: must be a whole number from 1 to ${MAX_JOBS}, got "${raw}"`);
  return n;
}

/** `visint batch PATH...`: every *.json under the paths, rendered on a worker pool into OUT/<id>/, with OUT/manifest.json. */
export async function batchCommand(paths: string[], raw: RawBatchOptions): Promise<number> {
  const render = parseRenderOptions(raw);
  if (render.out === '-') throw new UsageError('-o -: batch writes many files; give an output folder');
  const jobs = parseJobs(raw.jobs);
  let summary;
  try {
    summary = await runBatch(paths, { render, jobs, force: raw.force === true });
  } catch (e) {
    if (!(e instanceof OutputDirError)) throw e;
    stderr(`visint: ${e.message}`);
    return EXIT.renderFailed;
  }
  if (summary.analyses === 0) stderr(`batch: no *.json analyses under ${paths.join(' ')}`);
  stderr(summaryLine(summary));
  if (raw.json) writeStdout(JSON.stringify(summary, null, 2) + '\n');
  return exitCode(summary);
}

export function addBatchCommand(program: Command, withRenderOptions: (cmd: Command) => Command, setCode: (code: number) => void): void {
  withRenderOptions(program.command('batch').description('render every *.json under the folders and files given, in parallel, with a progress bar').argument('<paths...>', 'analysis files and folders (folders are searched recursively)'))
    .option('-j, --jobs <n>', 'worker threads (default: the number of CPUs)')
    .option('--json', 'print the run summary as JSON on standard output')
    .option('--force', 'render every analysis, even those unchanged since the last run')
    .action(async (paths: string[], opts: RawBatchOptions) => setCode(await batchCommand(paths, opts)));
}
