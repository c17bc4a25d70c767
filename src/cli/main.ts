import { Command, CommanderError, Option } from 'commander';
import { VisintError, exitCodeFor } from '../errors.js';
import { SIZE_PRESETS } from '../render/sizes.js';
import { addBatchCommand } from './commands/batch.js';
import { addQueueCommands } from './commands/queue.js';
import { renderCommand } from './commands/render.js';
import { themesCommand } from './commands/themes.js';
import { validateCommand } from './commands/validate.js';
import { EXIT } from './exit-codes.js';
import { stderr } from './report.js';

/** Adds the options `render` and `batch` share. */
export function withRenderOptions(cmd: Command): Command {
  return cmd
    .option('-d, --diagram <list>', 'comma list of diagram names, or "all"', 'all')
    .option('-f, --format <list>', 'comma list of svg, png, layout', 'svg,png')
    .option('-t, --theme <name|path>', "theme name from themes/ or a theme file (default: the analysis's theme, else business-engineer)")
    .addOption(new Option('-s, --size <preset|WxH>', `canvas size: ${Object.keys(SIZE_PRESETS).join(', ')}, or WxH (400–2400 each side)`).default('og'))
    .option('--scale <n>', 'PNG pixel density 1–4 (default 1, 2 for newsletter)')
    .option('--hero-diagram <name>', 'main diagram of the hero (default: strategy-map, else flywheel, else chain)')
    .option('--profile <name>', 'output profile: "email" writes <diagram>@2x.png, an email-safe .svg and an .html <img> snippet (default with -s newsletter)')
    .option('-o, --out <dir>', 'output folder; "-" writes the single output to standard output', 'output');
}

function program(setCode: (code: number) => void): Command {
  const p = new Command('visint')
    .description('Turn a business analysis (JSON) into branded diagrams: SVG, PNG and layout.json')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError('(run with --help for usage)');
  withRenderOptions(p.command('render').description('render one analysis ("-" reads standard input)').argument('<file>', 'analysis JSON file, or - for standard input')).action((file: string, opts) => setCode(renderCommand(file, opts)));
  p.command('validate').description('check analyses; print each error with its JSON path').argument('<files...>', 'analysis JSON files').action((files: string[]) => setCode(validateCommand(files)));
  addBatchCommand(p, withRenderOptions, setCode);
  addQueueCommands(p, withRenderOptions, setCode);
  p.command('themes').description('list the bundled themes').action(() => setCode(themesCommand()));
  return p;
}

/** Runs the CLI and resolves to its exit code: 0 done, 1 invalid input, 2 usage, 3 render failure. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const setCode = (c: number) => {
    code = c;
  };
  try {
    await program(setCode).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof VisintError) {
      stderr(`visint: ${e.kind === 'render-failed' || e.kind === 'output-failed' ? 'render failed: ' : ''}${e.message}`);
      return exitCodeFor(e.kind);
    }
    // not an expected failure: a bug; the stack helps the report
    stderr(`visint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.renderFailed;
  }
}
