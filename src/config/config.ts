import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { VisintError } from '../errors.js';
import { readLimited } from '../io/read-limited.js';
import { themeIssues } from '../theme/issues.js';

export const CONFIG_FILE = 'visint.config.json';
const MAX_CONFIG_BYTES = 64 * 1024;

const text = (what: string) => z.string({ error: `expected ${what}` }).check(z.minLength(1, `expected ${what}`), z.maxLength(1000, 'too long'));
export const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** default theme: a name from the theme folders or the bundled themes, or a theme file path */
  theme: z.optional(text('a theme name or path')),
  /** folders searched for themes by name, before the bundled ones (relative to this file) */
  themeDirs: z.optional(z.array(text('a folder path')).check(z.maxLength(20, 'at most 20 folders'))),
  /** default output folder (relative to this file) */
  out: z.optional(text('a folder path')),
  /** default canvas size: a preset name or WxH */
  size: z.optional(text('a size preset or WxH')),
  /** where the email snippets' images will be hosted: their src is baseUrl + file name */
  baseUrl: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s"'<>]+$/, 'expected an http(s) URL'))),
});

/** A project's settings, paths already made absolute against the config file's folder. */
export interface Config {
  file?: string;
  theme?: string;
  themeDirs: string[];
  out?: string;
  size?: string;
  baseUrl?: string;
}

export class ConfigError extends VisintError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'ConfigError';
  }
}

/** visint.config.json in `from` or the nearest folder above it; undefined when there is none. */
export function findConfig(from = process.cwd()): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    if (existsSync(file) && statSync(file).isFile()) return file;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and checks a config file; every problem names its field. */
export function readConfig(file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(readLimited(file, MAX_CONFIG_BYTES, 'config', 'usage').toString('utf8'));
  } catch (e) {
    if (e instanceof VisintError) throw new ConfigError(e.message);
    throw new ConfigError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = themeIssues(parsed.error.issues, raw, () => Object.keys(configSchema.shape));
    throw new ConfigError(`invalid config ${file}:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }
  const c = parsed.data;
  const dir = dirname(resolve(file));
  const theme = c.theme !== undefined && /[\\/]|\.json$/i.test(c.theme) ? resolve(dir, c.theme) : c.theme;
  return {
    file: resolve(file),
    themeDirs: (c.themeDirs ?? []).map((d) => resolve(dir, d)),
    ...(theme !== undefined ? { theme } : {}),
    ...(c.out !== undefined ? { out: resolve(dir, c.out) } : {}),
    ...(c.size !== undefined ? { size: c.size } : {}),
    ...(c.baseUrl !== undefined ? { baseUrl: c.baseUrl } : {}),
  };
}

/** The config named by `--config`, else the one found from the working folder upward, else none. */
export function loadConfig(explicit?: string, from = process.cwd()): Config {
  const file = explicit ?? findConfig(from);
  return file ? readConfig(file) : { themeDirs: [] };
}
