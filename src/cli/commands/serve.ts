import type { Command } from 'commander';
import { resolve } from 'node:path';
import { startServer } from '../../serve/server.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { stderr } from '../report.js';

interface RawServeOptions {
  port: string;
  host: string;
  analyses?: string;
  workers?: string;
  deadline: string;
  queue: string;
  cacheMb: string;
  editor?: boolean;
  logLevel: string;
}

function whole(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new UsageError(`${flag}: must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** Signing keys come from the environment (a command line is visible to every user of the machine). */
const signingKeys = (): string[] => (process.env.VISINT_SIGNING_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean);

/** `visint serve`: runs the HTTP render service until SIGTERM or SIGINT, then finishes the renders in flight. */
export async function serveCommand(raw: RawServeOptions): Promise<number> {
  const server = await startServer({
    port: whole('--port', raw.port, 0, 65535),
    host: raw.host,
    ...(raw.analyses ? { analysesDir: resolve(raw.analyses) } : {}),
    ...(raw.workers ? { workers: whole('--workers', raw.workers, 1, 64) } : {}),
    deadlineMs: whole('--deadline', raw.deadline, 1, 600) * 1000,
    maxQueue: whole('--queue', raw.queue, 0, 100_000),
    cacheBytes: whole('--cache-mb', raw.cacheMb, 0, 65_536) * 1024 * 1024,
    signingKeys: signingKeys(),
    editor: raw.editor === true || signingKeys().length === 0,
    logLevel: raw.logLevel === 'silent' ? false : raw.logLevel,
  });
  stderr(`visint serve: listening on ${server.url}${signingKeys().length ? ' (GET URLs must be signed)' : ''}`);
  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      stderr(`visint serve: ${signal}: finishing requests in flight`);
      server.close().then(done, done);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  stderr('visint serve: stopped');
  return EXIT.ok;
}

export function addServeCommand(program: Command, setCode: (code: number) => void): void {
  program
    .command('serve')
    .description('HTTP render service: GET/POST /render/<diagram>.<svg|png>, /analyses/<id>/<diagram>.png, the live editor at /')
    .option('-p, --port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--analyses <dir>', 'folder of <id>.json analyses served at /analyses/<id>/<diagram>.png')
    .option('--workers <n>', 'render threads (default: CPUs, at most 4)')
    .option('--deadline <s>', 'seconds one render may take (then 503, and the worker is replaced)', '10')
    .option('--queue <n>', 'renders that may wait for a worker (then 429)', '64')
    .option('--cache-mb <n>', 'memory for the cache of rendered images', '128')
    .option('--editor', 'keep the editor, POST /render and /validate on when VISINT_SIGNING_KEYS is set')
    .option('--log-level <level>', 'JSON log level: fatal, error, warn, info, debug, or silent', 'info')
    .addHelpText('after', '\nSet VISINT_SIGNING_KEYS=key1[,key2] to require signed GET URLs (HMAC-SHA256; two keys for rotation).')
    .action(async (opts: RawServeOptions) => setCode(await serveCommand(opts)));
}
