import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VisintError } from '../errors.js';
import type { Theme } from '../theme/schema.js';
import { validateTheme } from '../theme/validate.js';

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
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !isPath) throw new ThemeError(`unknown theme "${nameOrPath}"; known: ${listThemes().join(', ')}`);
    throw new ThemeError(`cannot read theme ${file}: ${(e as Error).message}`);
  }
  const result = validateTheme(raw);
  if (!result.ok) throw new ThemeError(`invalid theme ${file}:\n${result.errors.map((er) => `  ${er.path}: ${er.message}`).join('\n')}`);
  cache.set(nameOrPath, result.theme);
  return result.theme;
}
