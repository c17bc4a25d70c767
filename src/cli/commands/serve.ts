import type { Command } from 'commander';
import { resolve } from 'node:path';
import { parseSize } from '../../render/sizes.js';
import { readInput, writeStdout } from '../io.js';
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
  // the service and its framework load only for this command (a one-file render starts faster)
  const { startServer } = await import('../../serve/server.js');
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
  await untilSignal('visint serve', server.close);
  return EXIT.ok;
}

/** Waits for SIGTERM or SIGINT, then runs `close` (which finishes the work in flight). */
async function untilSignal(name: string, close: () => Promise<void>): Promise<void> {
  await new Promise<void>((done) => {
    const stop = (signal: string) => {
      stderr(`${name}: ${signal}: finishing requests in flight`);
      close().then(done, done);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  stderr(`${name}: stopped`);
}

interface RawPreviewOptions {
  port: string;
  host: string;
  theme?: string;
  size: string;
}

/** `visint preview FILE`: a page showing every diagram of FILE, redrawn on each save. */
export async function previewCommand(file: string, raw: RawPreviewOptions): Promise<number> {
  let size;
  try {
    size = parseSize(raw.size);
  } catch (e) {
    throw new UsageError(`--size: ${(e as Error).message}`);
  }
  const { startPreview } = await import('../../serve/preview.js');
  const preview = await startPreview({ file, host: raw.host, port: whole('--port', raw.port, 0, 65535), size, ...(raw.theme ? { theme: raw.theme } : {}) });
  stderr(`visint preview: ${file} at ${preview.url} (redrawn on every save; Ctrl-C stops)`);
  await untilSignal('visint preview', preview.close);
  return EXIT.ok;
}

interface RawSignOptions {
  analysis?: string;
  expires: string;
}

/** `visint sign-url PATH`: the signed form of a render URL, with the first key of VISINT_SIGNING_KEYS. */
export async function signUrlCommand(path: string, raw: RawSignOptions): Promise<number> {
  const key = signingKeys()[0];
  if (!key) throw new UsageError('sign-url: set VISINT_SIGNING_KEYS (the key the service signs with)');
  if (!path.startsWith('/')) throw new UsageError(`sign-url: give the path, starting with /, e.g. /render/strategy-map.png?size=og; got "${path}"`);
  const days = Number(raw.expires);
  if (!/^\d+$/.test(raw.expires) || days < 1 || days > 3650) throw new UsageError(`--expires: a whole number of days from 1 to 3650, got "${raw.expires}"`);
  const { encodeAnalysisParam } = await import('../../serve/request-input.js');
  const { signUrl } = await import('../../serve/signing.js');
  const full = raw.analysis ? `${path}${path.includes('?') ? '&' : '?'}a=${encodeAnalysisParam(readInput(raw.analysis))}` : path;
  writeStdout(signUrl(full, key, new Date(Date.now() + days * 86_400_000)) + '\n');
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
  program
    .command('preview')
    .description('watch an analysis (and its theme file) and show every diagram in the browser, redrawn on each save')
    .argument('<file>', 'analysis JSON file')
    .option('-p, --port <n>', 'port (0 picks a free one)', '8090')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('-t, --theme <name|path>', 'theme name or theme file (a file is watched too)')
    .option('-s, --size <preset|WxH>', 'canvas size', 'og')
    .action(async (file: string, opts: RawPreviewOptions) => setCode(await previewCommand(file, opts)));
  program
    .command('sign-url')
    .description('sign a render URL path for a service started with VISINT_SIGNING_KEYS')
    .argument('<path>', 'e.g. /render/strategy-map.png?size=og or /analyses/meta-llama/hero.png')
    .option('-a, --analysis <file>', 'put this analysis into the URL (a=, deflate+base64url)')
    .option('--expires <days>', 'days the URL stays valid', '365')
    .action(async (path: string, opts: RawSignOptions) => setCode(await signUrlCommand(path, opts)));
}
