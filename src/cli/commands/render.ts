import { extname, join, resolve } from 'node:path';
import { readInput, outputPath, writeAtomic, writeStdout, ensureDir } from '../io.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { exitCodeFor } from '../../errors.js';
import { projectRenderOptions, type RawProjectOptions } from '../config-options.js';
import { renderOutputs } from '../../outputs/render-outputs.js';
import { validateText } from '../../analysis/validate.js';
import { selectDiagrams } from '../../render/render.js';
import type { OutputFile } from '../../outputs/types.js';
import { formatFailure, formatIssue, stderr, warningLines } from '../report.js';

/** `-o NAME.ext` writes one file; these extensions name the format it holds. */
const FILE_FORMATS: Record<string, OutputFile['format']> = { '.png': 'png', '.svg': 'svg', '.json': 'layout', '.html': 'html' };

/** `-o FILE`: the one output of the render whose format the file name's extension names. */
function singleFile(files: OutputFile[], out: string): OutputFile {
  const format = FILE_FORMATS[extname(out).toLowerCase()]!;
  const matching = files.filter((f) => f.format === format);
  if (matching.length !== 1) {
    throw new UsageError(`-o ${out} writes one ${format} file, but this render makes ${matching.length} (${matching.map((f) => f.name).join(', ') || 'none'}); pick one diagram (-d) and a format (-f) that includes ${format}, or give a folder`);
  }
  return matching[0]!;
}

/** `visint render FILE|-`: renders one analysis; writes OUT/<id>/…, one file (`-o name.png`), or one file to stdout (`-o -`). */
export function renderCommand(file: string, raw: RawProjectOptions & { debug?: boolean }): number {
  const opts = projectRenderOptions(raw);
  const toStdout = opts.out === '-';
  const toFile = !toStdout && extname(opts.out).toLowerCase() in FILE_FORMATS;
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
  const warnings = warningLines(file, result.rendered);
  // a diagram that could not be drawn does not stop the others: each failure is named, the exit code says so
  for (const f of result.failures) stderr(formatFailure(file, f, raw.debug === true));
  // the most serious failure sets the code: a missing section is invalid input (1), a failed layout 3
  const code = result.failures.reduce<number>((c, f) => Math.max(c, exitCodeFor(f.kind)), EXIT.ok);
  if (toStdout && result.files.length === 0 && result.failures.length) return code;
  if (toStdout) {
    if (result.files.length !== 1) throw new UsageError(`-o - writes one file, but this render makes ${result.files.length}; pick one diagram (-d) and one format (-f)`);
    warnings.forEach(stderr);
    writeStdout(result.files[0]!.data);
    return code;
  }
  if (toFile) {
    const one = singleFile(result.files, opts.out);
    warnings.forEach(stderr);
    writeAtomic(resolve(opts.out), one.data);
    if (raw.verbose) stderr(`wrote ${opts.out}`);
    else stderr(`rendered ${one.diagram} → ${opts.out}${warnings.length ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : ''}`);
    return code;
  }
  warnings.forEach(stderr);
  ensureDir(opts.out);
  for (const f of result.files) {
    const path = outputPath(opts.out, result.id, f.name);
    writeAtomic(path, f.data);
    if (raw.verbose) stderr(`wrote ${path}`);
  }
  const n = result.rendered.length;
  stderr(`rendered ${n} diagram${n === 1 ? '' : 's'} (${result.files.length} files) → ${outputPath(opts.out, result.id, '.')}${warnings.length ? `, ${warnings.length} warning${warnings.length > 1 ? 's' : ''}` : ''}${raw.verbose ? '' : ' (-v lists the files)'}`);
  return code;
}
