import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VisintError } from '../errors.js';
import type { ValidationIssue } from '../analysis/types.js';
import { deepMerge, isPlainObject } from '../theme/merge.js';
import type { Theme } from '../theme/schema.js';
import { checkThemeFile, formatThemeIssues, validateTheme } from '../theme/validate.js';
import { readLimitedText } from './read-file.js';
import { parseJsonText } from '../analysis/parse-json.js';

/** Largest theme file read: themes are a few KB; a limit keeps `-t /dev/zero`-like inputs out. */
export const MAX_THEME_BYTES = 256 * 1024;

/** The package's own themes/ folder (next to dist/ and src/). */
export const THEMES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'themes');
export const DEFAULT_THEME = 'business-engineer';
/** `extends` chains deeper than this are surely a mistake (cycles are caught separately). */
const MAX_EXTENDS_DEPTH = 8;
const NAME = /^[a-z0-9-]{1,60}$/;

export class ThemeError extends VisintError {
  constructor(message: string, issues: ValidationIssue[] = []) {
    super('invalid-theme', message, issues);
    this.name = 'ThemeError';
  }
}

/** Where themes are looked up by name: the user's folders first (from visint.config.json), then the bundled ones. */
export interface ThemeLookup {
  themeDirs?: string[];
  /** the theme used when neither the options nor the analysis name one */
  defaultTheme?: string;
}

const searchPath = (l: ThemeLookup = {}) => [...(l.themeDirs ?? []).map((d) => resolve(d)), THEMES_DIR];

export function listThemes(dirOrLookup: string | ThemeLookup = THEMES_DIR): string[] {
  const dirs = typeof dirOrLookup === 'string' ? [dirOrLookup] : searchPath(dirOrLookup);
  const names = new Set<string>();
  for (const dir of dirs) {
    try {
      for (const f of readdirSync(dir)) if (f.endsWith('.json') && NAME.test(basename(f, '.json'))) names.add(basename(f, '.json'));
    } catch {
      // a configured folder that does not exist yet lists nothing
    }
  }
  return [...names].sort();
}

const isPath = (s: string) => /[\\/]|\.json$/i.test(s);

/** The file a theme name or path stands for; `from` is the folder a relative path is read from. */
function themeFile(nameOrPath: string, lookup: ThemeLookup, from: string): string {
  if (isPath(nameOrPath)) return isAbsolute(nameOrPath) ? nameOrPath : resolve(from, nameOrPath);
  if (!NAME.test(nameOrPath)) throw new ThemeError(`unknown theme "${nameOrPath}"; known: ${listThemes(lookup).join(', ')}`);
  for (const dir of searchPath(lookup)) {
    const file = join(dir, `${nameOrPath}.json`);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this folder
    }
  }
  throw new ThemeError(`unknown theme "${nameOrPath}"; known: ${listThemes(lookup).join(', ')}`);
}

/** Font and logo paths made absolute against the folder of the theme that names them. */
function absoluteAssets(raw: Record<string, unknown>, dir: string): Record<string, unknown> {
  const abs = (p: unknown) => (typeof p === 'string' && p.length > 0 && !isAbsolute(p) ? resolve(dir, p) : p);
  const out = { ...raw };
  if (isPlainObject(out.fonts)) out.fonts = Object.fromEntries(Object.entries(out.fonts).map(([k, v]) => [k, abs(v)]));
  if ('logo' in out) out.logo = abs(out.logo);
  return out;
}

/**
 * A theme value with its `extends` chain merged in (base first, each file's fields over it),
 * not yet validated as a whole. `seen` holds the files on the chain, to refuse cycles.
 */
function resolveRaw(raw: unknown, where: string, dir: string, lookup: ThemeLookup, seen: string[]): Record<string, unknown> {
  const issues = checkThemeFile(raw);
  if (issues.length) throw new ThemeError(`invalid theme ${where}:\n${formatThemeIssues(issues)}`, issues);
  const own = absoluteAssets(raw as Record<string, unknown>, dir);
  const { extends: parent, $schema: _schema, ...fields } = own;
  if (typeof parent !== 'string') return fields;
  if (seen.length >= MAX_EXTENDS_DEPTH) throw new ThemeError(`theme ${where}: "extends" chain deeper than ${MAX_EXTENDS_DEPTH}: ${seen.join(' → ')}`);
  const file = themeFile(parent, lookup, dir);
  if (seen.includes(file)) throw new ThemeError(`theme ${where}: "extends" goes round in a circle: ${[...seen, file].join(' → ')}`);
  const base = resolveRaw(readThemeJson(file), file, dirname(file), lookup, [...seen, file]);
  return deepMerge(base, fields) as Record<string, unknown>;
}

function readThemeJson(file: string): unknown {
  let text: string;
  try {
    text = readLimitedText(file, MAX_THEME_BYTES, 'theme', 'invalid-theme');
  } catch (e) {
    // a theme too large or unreadable is a theme problem (exit 2), whatever the reader's kind
    throw e instanceof VisintError && !(e instanceof ThemeError) ? new ThemeError(e.message) : e;
  }
  // the analysis parser: strict JSON, line and column, and only a short excerpt of a file that is not JSON
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new ThemeError(`theme ${file} is not valid JSON:\n${parsed.errors.slice(0, 5).map((er) => `  ${er.line !== undefined ? `${er.line}:${er.column ?? 1}: ` : ''}${er.message}`).join('\n')}`);
  return parsed.value;
}

function finish(merged: Record<string, unknown>, where: string): Theme {
  const result = validateTheme(merged);
  if (!result.ok) throw new ThemeError(`invalid theme ${where}:\n${formatThemeIssues(result.errors)}`, result.errors);
  return result.theme;
}

const cache = new Map<string, { mtimeMs: number; theme: Theme }>();

/**
 * A theme by name (the user's theme folders, then themes/) or by path to a JSON file, with its
 * `extends` chain resolved and the whole validated (shape and contrast) on load.
 */
export function loadTheme(nameOrPath: string = DEFAULT_THEME, lookup: ThemeLookup = {}): Theme {
  const file = themeFile(nameOrPath, lookup, process.cwd());
  const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const key = `${searchPath(lookup).join('\u0000')}\u0000${file}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === mtimeMs) return hit.theme;
  const raw = readThemeJson(file);
  const merged = resolveRaw(raw, file, dirname(file), lookup, [file]);
  // a theme file without its own name is called after its file
  if (isPlainObject(raw) && !('name' in raw) && NAME.test(basename(file, '.json'))) merged.name = basename(file, '.json');
  const theme = finish(merged, file);
  cache.set(key, { mtimeMs, theme });
  return theme;
}

/**
 * A theme given as an object (the library's `render({ theme })`): validated through the same
 * schema as a file; `extends` and relative font/logo paths are read from the working folder.
 */
export function themeFromObject(value: unknown, lookup: ThemeLookup = {}): Theme {
  const merged = resolveRaw(value, '(theme object)', process.cwd(), lookup, []);
  return finish(merged, '(theme object)');
}

/**
 * The theme for one render: the override (name, path or object) if given; else the one the
 * analysis names; else the configured default. An analysis may only NAME a theme (from the
 * theme folders): a path in an analysis file would let input read arbitrary files.
 */
export function themeForAnalysis(requested: string | undefined, override: string | Theme | object | undefined, lookup: ThemeLookup = {}): Theme {
  if (typeof override === 'object') return themeFromObject(override, lookup);
  if (override !== undefined) return loadTheme(override, lookup);
  if (requested === undefined) return loadTheme(lookup.defaultTheme ?? DEFAULT_THEME, lookup);
  if (!NAME.test(requested)) throw new ThemeError(`theme "${requested}" named in the analysis must be a theme name (${listThemes(lookup).join(', ')}), not a path`);
  return loadTheme(requested, lookup);
}
