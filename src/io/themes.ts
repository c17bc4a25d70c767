import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VisintError } from '../errors.js';
import type { Theme } from '../theme/schema.js';
import { validateTheme } from '../theme/validate.js';
import { readLimitedText } from './read-file.js';
import { parseJsonText } from '../analysis/parse-json.js';

/** Largest theme file read: themes are a few KB; a limit keeps `-t /dev/zero`-like inputs out. */
export const MAX_THEME_BYTES = 256 * 1024;

/** The package's own themes/ folder (next to dist/ and src/). */
export const THEMES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'themes');
export const DEFAULT_THEME = 'business-engineer';

export class ThemeError extends VisintError {
  constructor(message: string) {
    super('invalid-theme', message);
    this.name = 'ThemeError';
  }
}

export function listThemes(dir = THEMES_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')).sort();
}

const cache = new Map<string, Theme>();

/**
 * The theme an analysis asks for by name. Only names from themes/ are honoured: a path in an
 * analysis file would let input read arbitrary files, so it is refused.
 */
export function themeForAnalysis(requested: string | undefined, override: string | Theme | undefined): Theme {
  if (typeof override === 'object') return override;
  if (override !== undefined) return loadTheme(override);
  if (requested === undefined) return loadTheme(DEFAULT_THEME);
  if (!/^[a-z0-9-]{1,60}$/.test(requested)) throw new ThemeError(`theme "${requested}" named in the analysis must be a theme name (${listThemes().join(', ')}), not a path`);
  return loadTheme(requested);
}

/** A theme by name from themes/, or by path to a JSON file; validated (shape and contrast) on load. */
export function loadTheme(nameOrPath: string = DEFAULT_THEME): Theme {
  const hit = cache.get(nameOrPath);
  if (hit) return hit;
  const isPath = /[\\/]|\.json$/i.test(nameOrPath);
  if (!isPath && !/^[a-z0-9-]{1,60}$/.test(nameOrPath)) throw new ThemeError(`unknown theme "${nameOrPath}"; known: ${listThemes().join(', ')}`);
  const file = isPath ? nameOrPath : join(THEMES_DIR, `${nameOrPath}.json`);
  let text: string;
  try {
    text = readLimitedText(file, MAX_THEME_BYTES, 'theme', 'invalid-theme');
  } catch (e) {
    if (!isPath && /ENOENT$/.test((e as Error).message)) throw new ThemeError(`unknown theme "${nameOrPath}"; known: ${listThemes().join(', ')}`);
    throw new ThemeError((e as Error).message);
  }
  // the analysis parser: strict JSON, line and column, and only a short excerpt of a file that is not JSON
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new ThemeError(`theme ${file} is not valid JSON:\n${parsed.errors.slice(0, 5).map((er) => `  ${er.line !== undefined ? `${er.line}:${er.column ?? 1}: ` : ''}${er.message}`).join('\n')}`);
  const raw = parsed.value;
  const result = validateTheme(raw);
  if (!result.ok) throw new ThemeError(`invalid theme ${file}:\n${result.errors.map((er) => `  ${er.path}: ${er.message}`).join('\n')}`);
  cache.set(nameOrPath, result.theme);
  return result.theme;
}

