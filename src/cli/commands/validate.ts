import { validateText } from '../../analysis/validate.js';
import type { ValidationIssue } from '../../analysis/types.js';
import { loadConfig } from '../../config/config.js';
import { themeForAnalysis, ThemeError, type ThemeLookup } from '../../io/themes.js';
import { EXIT } from '../exit-codes.js';
import { InputError, readInput, writeStdout } from '../io.js';
import { formatIssue, stderr } from '../report.js';

/** `visint validate FILE...`: every error of every file, with its JSON path; exit 1 if any file is invalid. */
export function validateCommand(files: string[], raw: { config?: string } = {}): number {
  const config = loadConfig(raw.config);
  const lookup: ThemeLookup = { themeDirs: config.themeDirs, ...(config.theme !== undefined ? { defaultTheme: config.theme } : {}) };
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
    const themeProblem = v.ok ? themeIssue(v.analysis.theme, lookup) : undefined;
    if (themeProblem) {
      bad++;
      stderr(formatIssue(file, themeProblem));
    } else if (v.ok) {
      writeStdout(`${file}: ok (${v.analysis.id})\n`);
      for (const w of v.warnings) stderr(`warning: ${formatIssue(file, w)}`);
    } else {
      bad++;
      for (const e of v.errors) stderr(formatIssue(file, e));
    }
  }
  return bad ? EXIT.invalidInput : EXIT.ok;
}

/** The theme an analysis names must exist (in the theme folders or the bundled ones) and be valid. */
function themeIssue(name: string | undefined, lookup: ThemeLookup): ValidationIssue | undefined {
  if (name === undefined) return undefined;
  try {
    themeForAnalysis(name, undefined, lookup);
    return undefined;
  } catch (e) {
    if (!(e instanceof ThemeError)) throw e;
    return { path: 'theme', message: e.message };
  }
}
