import { Command, CommanderError, Option } from 'commander';
import { VisintError, exitCodeFor } from '../errors.js';
import { SIZE_PRESETS } from '../render/sizes.js';
import { addBatchCommand } from './commands/batch.js';
import { addQueueCommands } from './commands/queue.js';
import { renderCommand } from './commands/render.js';
import { addServeCommand } from './commands/serve.js';
import { themesCommand } from './commands/themes.js';
import { validateCommand } from './commands/validate.js';
import { EXIT } from './exit-codes.js';
import { stderr } from './report.js';
import { VERSION } from '../version.js';

/** Adds the options `render` and `batch` share. */
export function withRenderOptions(cmd: Command): Command {
  return cmd
    .option('-d, --diagram <list>', 'comma list of diagram names, or "all"', 'all')
    .option('-f, --format <list>', 'comma list of svg, png, webp, jpeg, layout', 'svg,png')
    .option('-t, --theme <name|path>', "theme name from themes/ or a theme file (default: the analysis's theme, else business-engineer)")
    .addOption(new Option('-s, --size <preset|WxH>', `canvas size: ${Object.keys(SIZE_PRESETS).join(', ')}, or WxH (400–2400 each side) (default: the config's size, else "og")`))
    .option('--scale <n>', 'PNG pixel density 1–4 (default 1, 2 for newsletter); a PNG is at most 40 megapixels')
    .option('--hero-diagram <name>', 'main diagram of the hero (default: strategy-map, else flywheel, else chain)')
    .option('--profile <name>', 'output profile: "email" writes <diagram>@2x.png, an email-safe .svg and an .html <img> snippet (default with -s newsletter)')
    .option('--max-bytes <n>', 'PNG byte budget (e.g. 100K): the smallest-effort encoding that fits and keeps the picture (default 100K with the email profile)')
    .option('-o, --out <dir|file>', 'output folder (default: the config\'s out, else "output"); NAME.png/.svg/.json/.html writes the one such output to that file; "-" writes it to standard output')
    .option('--base-url <url>', "where the images will be hosted: the email snippets' src becomes URL/<id>/<file> (default: the config's baseUrl)")
    .option('-v, --verbose', 'list every file written (default: a one-line summary)')
    .option('--config <file>', 'project config (default: visint.config.json in this folder or the nearest one above)');
}

function program(setCode: (code: number) => void, debug = false): Command {
  const p = new Command('visint')
    .description('Turn a business analysis (JSON) into branded diagrams: SVG, PNG and layout.json')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .option('--debug', 'print the stack trace of any failure')
    .version(VERSION, '-V, --version', 'print the version');
  withRenderOptions(p.command('render').description('render one analysis ("-" reads standard input)').argument('<file>', 'analysis JSON file, or - for standard input')).action((file: string, opts) => setCode(renderCommand(file, { ...opts, debug })));
  p.command('validate').description('check analyses (and the theme each names); print each error with its JSON path').argument('<files...>', 'analysis JSON files').option('--config <file>', 'project config (default: visint.config.json from here upward)').action((files: string[], opts: { config?: string }) => setCode(validateCommand(files, opts)));
  addBatchCommand(p, withRenderOptions, setCode);
  addQueueCommands(p, withRenderOptions, setCode);
  addServeCommand(p, setCode);
  p.command('themes').description('list the themes: the config\'s theme folders, then the bundled ones').option('--config <file>', 'project config (default: visint.config.json from here upward)').action((opts: { config?: string }) => setCode(themesCommand(opts)));
  return p;
}

/** `--debug` anywhere before a `--`: taken out before commander parses, so every command accepts it. */
function takeDebugFlag(argv: string[]): { debug: boolean; rest: string[] } {
  const end = argv.indexOf('--');
  const head = end === -1 ? argv : argv.slice(0, end);
  const debug = head.includes('--debug') || process.env.VISINT_DEBUG === '1';
  return { debug, rest: [...head.filter((a) => a !== '--debug'), ...(end === -1 ? [] : argv.slice(end))] };
}

/** Runs the CLI and resolves to its exit code: 0 done, 1 invalid input, 2 usage, 3 render failure. */
export async function main(argv: string[]): Promise<number> {
  const { debug, rest } = takeDebugFlag(argv);
  let code: number = EXIT.ok;
  const setCode = (c: number) => {
    code = c;
  };
  const streamFailure = guardStandardStreams(setCode);
  try {
    await program(setCode, debug).parseAsync(rest, { from: 'user' });
    return streamFailure() ?? code;
  } catch (e) {
    return reportFailure(e, debug);
  }
}

/** One line per failure; the stack only with --debug. Exit code from the error's kind. */
function reportFailure(e: unknown, debug: boolean): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (e instanceof VisintError) {
    stderr(`visint: ${e.kind === 'render-failed' || e.kind === 'output-failed' ? 'render failed: ' : ''}${e.message}`);
    if (debug && e.stack) stderr(e.stack);
    return exitCodeFor(e.kind);
  }
  // not an expected failure: a bug in visint
  const message = e instanceof Error ? e.message : String(e);
  stderr(`visint: internal error: ${message.split('\n')[0]!.slice(0, 300)}`);
  if (debug) stderr(e instanceof Error ? (e.stack ?? message) : String(e));
  else stderr('hint: this is a bug in visint; run again with --debug for the stack trace and include it in a report');
  return EXIT.renderFailed;
}

/**
 * Asynchronous stream errors (stdout to a closed pipe or a full disk) would otherwise crash the
 * process with exit 1, which means "invalid input". Standard output failing is exit 3, with a
 * message; standard error failing is ignored (there is nowhere left to report it).
 */
function guardStandardStreams(setCode: (code: number) => void): () => number | undefined {
  let failed: number | undefined;
  const onStdout = (e: NodeJS.ErrnoException) => {
    if (failed !== undefined) return;
    failed = EXIT.renderFailed;
    setCode(failed);
    process.exitCode = failed;
    try {
      stderr(`visint: cannot write to standard output: ${describeErrno(e)}`);
    } catch {
      // standard error is gone too
    }
  };
  if (process.stdout.listenerCount('error') === 0) process.stdout.on('error', onStdout);
  if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', () => undefined);
  return () => failed;
}

export function describeErrno(e: NodeJS.ErrnoException): string {
  const words: Record<string, string> = { EPIPE: 'the reader closed the pipe', ENOSPC: 'no space left on the device', EBADF: 'standard output is closed', EIO: 'input/output error' };
  const code = e.code ?? '';
  return words[code] ? `${code} (${words[code]})` : (code || e.message);
}
