import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagramNames } from '../../diagrams/registry.js';
import type { Theme } from '../../theme/schema.js';
import type { RenderCliOptions } from '../options.js';

/** The package version: part of every incremental key, so an upgrade re-renders everything. */
export const RENDERER_VERSION: string = (() => {
  const pkg = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
})();

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * What, besides the input text, decides the bytes of a render: the renderer version, the
 * diagrams the registry knows (so `-d all` picks up a new diagram), and the options.
 */
export function optionsFingerprint(opts: RenderCliOptions): string {
  const { diagrams, formats, size, scale, profile, heroDiagram, baseUrl, maxBytes } = opts;
  // profile, hero diagram, base URL and byte budget join the key only when set, so earlier keys stay valid
  return sha256(JSON.stringify({ version: RENDERER_VERSION, registry: diagramNames(), diagrams, formats, size, scale: scale ?? null, ...(profile ? { profile } : {}), ...(heroDiagram ? { heroDiagram } : {}), ...(baseUrl ? { baseUrl } : {}), ...(maxBytes !== undefined ? { maxBytes } : {}) }));
}

const themeHashes = new WeakMap<Theme, string>();
/** Hash of the resolved theme (loadTheme caches the object, so each theme is hashed once). */
export function themeHash(theme: Theme): string {
  let h = themeHashes.get(theme);
  if (h === undefined) {
    // a theme's font and logo files are named by path: their size and time join the hash, so an edited logo re-renders
    const assets = [...Object.values(theme.fonts ?? {}), ...(theme.logo ? [theme.logo] : [])].map((f) => {
      const st = f ? statSync(f, { throwIfNoEntry: false }) : undefined;
      return [f, st?.size ?? null, st?.mtimeMs ?? null];
    });
    themeHashes.set(theme, (h = sha256(JSON.stringify(assets.length ? { theme, assets } : theme))));
  }
  return h;
}

/** The incremental key of one analysis: unchanged key + files present ⇒ nothing to render. */
export function analysisKey(optionsPrint: string, theme: Theme, inputSha: string): string {
  return sha256(`${optionsPrint}\n${themeHash(theme)}\n${inputSha}`);
}
