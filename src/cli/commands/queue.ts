import type { Command } from 'commander';
import type { Redis } from 'ioredis';
import { QUEUE_NAME_DEFAULT } from '../../queue/job.js';
import { exitCode, summaryLine } from '../batch/summary.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { writeStdout } from '../io.js';
import { parseRenderOptions, type RawRenderOptions } from '../options.js';
import { stderr } from '../report.js';

// The queue modules (BullMQ, ioredis) load only when a queue command runs: `visint render` stays fast.
const load = {
  add: () => import('../../queue/add.js'),
  connection: () => import('../../queue/connection.js'),
  manifest: () => import('../../queue/manifest.js'),
  status: () => import('../../queue/status.js'),
  worker: () => import('../../queue/worker.js'),
};

/** --redis, else $VISINT_REDIS_URL, else the local default. */
const redisUrlFrom = (flag: string | undefined): string => flag ?? process.env.VISINT_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Common {
  redis?: string;
  queue?: string;
}

const REDIS_HELP = 'Redis URL, redis://[:password@]host[:port][/db] (default: $VISINT_REDIS_URL, else redis://127.0.0.1:6379)';

function whole(flag: string, raw: string | undefined, dflt: number, min: number, max: number): number {
  if (raw === undefined) return dflt;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new UsageError(`${flag}: must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

const queueName = (o: Common): string => {
  const name = o.queue ?? QUEUE_NAME_DEFAULT;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new UsageError(`--queue: letters, digits, - and _ only, got "${name}"`);
  return name;
};

async function withConnection<T>(o: Common, f: (conn: Redis) => Promise<T>): Promise<T> {
  const conn = await (await load.connection()).commandConnection(redisUrlFrom(o.redis));
  try {
    return await f(conn);
  } finally {
    await conn.quit().catch(() => conn.disconnect());
  }
}

const ADD_HELP = `
Validates every *.json under the paths (as batch does; invalid ones are reported with their
JSON paths and never queued) and queues one job per analysis. The job id is the hash of the
input, options, theme and renderer version: adding an unchanged analysis again queues
nothing. Prints the run id (standard output) that groups this invocation's analyses.
Exit: 0 all queued; 1 some input invalid; 2 usage; 3 Redis unreachable.`;

const WORKER_HELP = `
Renders queued analyses with N sandboxed processors (child processes) and writes
OUT/<id>/<files> atomically, as batch does. Failed jobs are retried with backoff, except
failures that would repeat (invalid input, unsupported size). A processor is replaced after
--max-jobs jobs or when its memory passes --max-rss. SIGTERM: finish the running jobs and
exit; a second SIGTERM stops at once. Jobs of a killed worker are taken over by the others
once their lock expires (--lock-ms).`;

/** Runs a queue command; an unreachable Redis is one clear line and exit 3, not a "render failed". */
function guarded<A extends unknown[]>(setCode: (code: number) => void, action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (e) {
      if ((e as Error).name !== 'RedisUnreachableError') throw e;
      stderr(`visint: ${(e as Error).message}`);
      setCode(EXIT.renderFailed);
    }
  };
}

export function addQueueCommands(program: Command, withRenderOptions: (cmd: Command) => Command, setCode: (code: number) => void): void {
  const queue = program.command('queue').description('render on many machines: queue analyses in Redis (BullMQ), see `visint worker`');
  withRenderOptions(queue.command('add').description('validate analyses and queue one render job each').argument('<paths...>', 'analysis files and folders (folders are searched recursively)'))
    .option('--redis <url>', REDIS_HELP)
    .option('--queue <name>', `queue name (default ${QUEUE_NAME_DEFAULT})`)
    .option('--json', 'print the summary as JSON on standard output')
    .addHelpText('after', ADD_HELP)
    .action(guarded(setCode, async (paths: string[], raw: RawRenderOptions & Common & { json?: boolean }) => {
      const render = parseRenderOptions(raw);
      const { addToQueue } = await load.add();
      const s = await addToQueue(paths, { redisUrl: redisUrlFrom(raw.redis), queueName: queueName(raw), render }, stderr);
      stderr(`queue: run ${s.runId}: ${s.analyses} analyses: ${s.queued} queued, ${s.alreadyQueued} already queued, ${s.requeued} queued again, ${s.invalid} invalid`);
      writeStdout(raw.json ? JSON.stringify(s, null, 2) + '\n' : s.runId + '\n');
      setCode(s.invalid > 0 ? EXIT.invalidInput : EXIT.ok);
    }));
  queue
    .command('status')
    .description('waiting / active / completed / failed analyses of a run, with the failures and their reasons')
    .option('--run <id>', 'run id printed by `queue add` (default: the latest run)')
    .option('--watch', 'redraw until the run is finished')
    .option('--json', 'print the status as JSON on standard output')
    .option('--redis <url>', REDIS_HELP)
    .option('--queue <name>', `queue name (default ${QUEUE_NAME_DEFAULT})`)
    .action(guarded(setCode, async (raw: Common & { run?: string; watch?: boolean; json?: boolean }) => {
      const { queueStatus } = await load.status();
      const s = await withConnection(raw, (conn) => queueStatus(conn, { queueName: queueName(raw), ...(raw.run ? { runId: raw.run } : {}), watch: raw.watch === true, stream: process.stderr }));
      if (raw.json) writeStdout(JSON.stringify(s ?? null, null, 2) + '\n');
      setCode(EXIT.ok);
    }));
  queue
    .command('manifest')
    .description("write OUT/manifest.json for a finished run, in batch's format")
    .requiredOption('--run <id>', 'run id printed by `queue add`')
    .option('-o, --out <dir>', 'output folder the workers write to', 'output')
    .option('--wait', 'wait until the run is finished')
    .option('--json', 'print the summary as JSON on standard output')
    .option('--redis <url>', REDIS_HELP)
    .option('--queue <name>', `queue name (default ${QUEUE_NAME_DEFAULT})`)
    .action(guarded(setCode, async (raw: Common & { run: string; out: string; wait?: boolean; json?: boolean }) => {
      const { queueManifest } = await load.manifest();
      const s = await withConnection(raw, (conn) => queueManifest(conn, { queueName: queueName(raw), runId: raw.run, out: raw.out, wait: raw.wait === true }));
      stderr(summaryLine(s).replace(/^batch:/, 'queue:'));
      if (raw.json) writeStdout(JSON.stringify(s, null, 2) + '\n');
      setCode(exitCode(s));
    }));
  program
    .command('worker')
    .description('render queued analyses (see `visint queue add`) into an output folder until stopped')
    .option('-o, --out <dir>', 'output folder (shared by all workers of a run)', 'output')
    .option('-c, --concurrency <n>', 'sandboxed processors, i.e. analyses rendered at once (default 1)')
    .option('--max-jobs <n>', 'replace a processor after this many jobs (default 500)')
    .option('--max-rss <mb>', 'replace a processor whose memory passes this many MB (default 1024)')
    .option('--lock-ms <ms>', "a job's lock; a killed worker's jobs are taken over after about this long (default 30000)")
    .option('--redis <url>', REDIS_HELP)
    .option('--queue <name>', `queue name (default ${QUEUE_NAME_DEFAULT})`)
    .addHelpText('after', WORKER_HELP)
    .action(async (raw: Common & { out: string; concurrency?: string; maxJobs?: string; maxRss?: string; lockMs?: string }) => {
      const { runWorker } = await load.worker();
      const stats = await runWorker(
        {
          redisUrl: redisUrlFrom(raw.redis),
          queueName: queueName(raw),
          out: raw.out,
          concurrency: whole('--concurrency', raw.concurrency, 1, 1, 64),
          maxJobs: whole('--max-jobs', raw.maxJobs, 500, 1, 1_000_000),
          maxRssBytes: whole('--max-rss', raw.maxRss, 1024, 64, 65_536) * 2 ** 20,
          lockMs: whole('--lock-ms', raw.lockMs, 30_000, 1000, 600_000),
        },
        stderr,
      );
      const mb = (b: number) => Math.round(b / 2 ** 20);
      stderr(`worker: stopped: ${stats.completed} completed, ${stats.failed} failed; peak RSS ${mb(stats.peakRssBytes.main)} MB (worker), ${mb(stats.peakRssBytes.processor)} MB (largest processor); ${stats.recycled} processors recycled`);
      setCode(EXIT.ok);
    });
}
