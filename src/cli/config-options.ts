import { loadConfig, type Config } from '../config/config.js';
import { UsageError } from './exit-codes.js';
import { parseRenderOptions, type RawRenderOptions, type RenderCliOptions } from './options.js';

/** What `render` and `batch` add to the shared flags: the config file, base URL and verbosity. */
export interface RawProjectOptions extends RawRenderOptions {
  config?: string;
  baseUrl?: string;
  verbose?: boolean;
}

/** The config's defaults under the flags: a flag given on the command line always wins. */
export function withConfig(raw: RawProjectOptions, config: Config): RenderCliOptions & { baseUrl?: string } {
  const filled: RawRenderOptions = { ...raw };
  if (raw.size === undefined && config.size !== undefined) filled.size = config.size;
  if (raw.out === undefined && config.out !== undefined) filled.out = config.out;
  const opts = parseRenderOptions(filled);
  const baseUrl = raw.baseUrl ?? config.baseUrl;
  if (baseUrl !== undefined && !/^https?:\/\/[^\s"'<>]+$/.test(baseUrl)) throw new UsageError(`--base-url: expected an http(s) URL, got "${baseUrl}"`);
  return {
    ...opts,
    ...(config.themeDirs.length ? { themeDirs: config.themeDirs } : {}),
    ...(config.theme !== undefined ? { defaultTheme: config.theme } : {}),
    ...(baseUrl !== undefined ? { baseUrl } : {}),
  };
}

/** Parses the render flags with the project config (`--config FILE`, else visint.config.json from here upward). */
export function projectRenderOptions(raw: RawProjectOptions): RenderCliOptions & { baseUrl?: string } {
  return withConfig(raw, loadConfig(raw.config));
}
