import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { exitCode, summaryLine } from '../batch/summary.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { writeStdout } from '../io.js';
import { type RawRenderOptions } from '../options.js';
import { projectRenderOptions } from '../config-options.js';
import { stderr } from '../report.js';

interface RawBatchOptions extends RawRenderOptions {
  config?: string;
  baseUrl?: string;
  jobs?: string;
  json?: boolean;
  force?: boolean;
}

const MAX_JOBS = 64;

const HELP_AFTER = `
Writes OUT/<id>/<diagram>.<svg|png|layout.json> and OUT/manifest.json (per analysis: source,
id, files with size, pixels, sha256, render ms, alt text, warnings; or its errors with JSON
paths). An analysis whose input, options, theme and renderer version are unchanged since
the last run, and whose files are still there, is not rendered again (--force renders all).
Every file is written atomically: a killed batch leaves only whole files and the next run
resumes. Two analyses with the same id both fail; nothing is written outside OUT.
Exit: 0 all rendered; 1 some input invalid; 2 usage; 3 a render or write failed, or OUT is
not writable (nothing rendered). Progress goes to standard error; --json prints the summary.`;

function parseJobs(raw: string | undefined): number {
  if (raw === undefined) return Math.max(1, availableParallelism());
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_JOBS) throw new UsageError(`--jobs: must be a whole number from 1 to ${MAX_JOBS}, got "${raw}"`);
  return n;
}

/** `visint batch PATH...`: every *.json under the paths, rendered on a worker pool into OUT/<id>/, with OUT/manifest.json. */
export async function batchCommand(paths: string[], raw: RawBatchOptions): Promise<number> {
  const render = projectRenderOptions(raw);
  if (render.out === '-') throw new UsageError('-o -: batch writes many files; give an output folder');
  const jobs = parseJobs(raw.jobs);
  // the worker pool (piscina) loads only for this command
  const { OutputDirError, runBatch } = await import('../batch/run.js');
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
    .addHelpText('after', HELP_AFTER)
    .action(async (paths: string[], opts: RawBatchOptions) => setCode(await batchCommand(paths, opts)));
}
