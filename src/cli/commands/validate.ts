import { validateText } from '../../analysis/validate.js';
import { EXIT } from '../exit-codes.js';
import { InputError, readInput, writeStdout } from '../io.js';
import { formatIssue, stderr } from '../report.js';

/** `visint validate FILE...`: every error of every file, with its JSON path; exit 1 if any file is invalid. */
export function validateCommand(files: string[]): number {
  let bad = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      stderr(e.message.includes(file) ? e.message : `${file}: ${e.message}`);
      bad++;
      continue;
    }
    const v = validateText(text);
    if (v.ok) {
      writeStdout(`${file}: ok (${v.analysis.id})\n`);
      for (const w of v.warnings) stderr(`warning: ${formatIssue(file, w)}`);
    } else {
      bad++;
      for (const e of v.errors) stderr(formatIssue(file, e));
    }
  }
  return bad ? EXIT.invalidInput : EXIT.ok;
}
