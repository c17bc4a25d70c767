import { readInput, outputPath, writeAtomic, writeStdout, ensureDir } from '../io.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { parseRenderOptions, type RawRenderOptions } from '../options.js';
import { renderOutputs } from '../../outputs/render-outputs.js';
import { validateText } from '../../analysis/validate.js';
import { selectDiagrams } from '../../render/render.js';
import { formatIssue, formatWarning, stderr } from '../report.js';

/** `visint render FILE|-`: renders one analysis; writes OUT/<id>/… or, with `-o -`, one file to stdout. */
export function renderCommand(file: string, raw: RawRenderOptions): number {
  const opts = parseRenderOptions(raw);
  const toStdout = opts.out === '-';
  const text = readInput(file);
  const v = validateText(text);
  if (!v.ok) {
    for (const e of v.errors) stderr(formatIssue(file, e));
    return EXIT.invalidInput;
  }
  if (toStdout) {
    // refused before any rendering: count what the render would make
    const count = selectDiagrams(v.analysis, opts.diagrams).length * (opts.profile === 'email' ? 3 : opts.formats.length);
    if (count !== 1) throw new UsageError(`-o - writes one file, but this render makes ${count}; pick one diagram (-d) and one format (-f)`);
  }
  const result = renderOutputs(v.analysis, opts);
  for (const r of result.rendered) for (const w of r.warnings) stderr(formatWarning(file, r.diagram, w));
  if (toStdout) {
    if (result.files.length !== 1) throw new UsageError(`-o - writes one file, but this render makes ${result.files.length}; pick one diagram (-d) and one format (-f)`);
    writeStdout(result.files[0]!.data);
    return EXIT.ok;
  }
  ensureDir(opts.out);
  for (const f of result.files) {
    const path = outputPath(opts.out, result.id, f.name);
    writeAtomic(path, f.data);
    stderr(`wrote ${path}`);
  }
  return EXIT.ok;
}
