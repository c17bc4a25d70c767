import { readInput, outputPath, writeAtomic, writeStdout, ensureDir } from '../io.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { parseRenderOptions, type RawRenderOptions } from '../options.js';
import { renderOutputsFromText as renderText } from '../../outputs/render-outputs.js';
import { formatFailure, formatIssue, formatWarning, stderr } from '../report.js';

/** `visint render FILE|-`: renders one analysis; writes OUT/<id>/… or, with `-o -`, one file to stdout. */
export function renderCommand(file: string, raw: RawRenderOptions & { debug?: boolean }): number {
  const opts = parseRenderOptions(raw);
  const toStdout = opts.out === '-';
  const text = readInput(file);
  const result = renderText(text, opts);
  if (!result.ok) {
    for (const e of result.errors) stderr(formatIssue(file, e));
    return EXIT.invalidInput;
  }
  for (const r of result.rendered) for (const w of r.warnings) stderr(formatWarning(file, r.diagram, w));
  // a diagram that could not be drawn does not stop the others: each failure is named, the exit code says so
  for (const f of result.failures) stderr(formatFailure(file, f, raw.debug === true));
  const code = result.failures.length ? EXIT.renderFailed : EXIT.ok;
  if (toStdout && result.files.length === 0 && result.failures.length) return code;
  if (toStdout) {
    if (result.files.length !== 1) throw new UsageError(`-o - writes one file, but this render makes ${result.files.length}; pick one diagram (-d) and one format (-f)`);
    writeStdout(result.files[0]!.data);
    return code;
  }
  ensureDir(opts.out);
  for (const f of result.files) {
    const path = outputPath(opts.out, result.id, f.name);
    writeAtomic(path, f.data);
    stderr(`wrote ${path}`);
  }
  return code;
}
