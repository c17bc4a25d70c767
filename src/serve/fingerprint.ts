import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { RENDERER_VERSION } from '../cli/batch/fingerprint.js';
import { diagramNames } from '../diagrams/registry.js';
import { THEMES_DIR } from '../io/themes.js';
import type { RenderParams } from './params.js';

const require = createRequire(import.meta.url);

/** The installed version of a font package, or "-" when it is not installed (optional CJK fonts). */
function fontVersion(pkg: string): string {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    return '-';
  }
}

/**
 * What besides the request decides the bytes: renderer version, diagram registry, bundled
 * theme files and font packages. Hashed once at start-up; a deploy that changes any of
 * them changes every ETag.
 */
export function assetsFingerprint(): string {
  const h = createHash('sha256');
  h.update(`${RENDERER_VERSION}\n${diagramNames().join(',')}\n`);
  for (const f of readdirSync(THEMES_DIR).filter((n) => n.endsWith('.json')).sort()) h.update(`${f}\n`).update(readFileSync(join(THEMES_DIR, f)));
  for (const pkg of ['@fontsource/inter', '@fontsource/noto-sans-sc']) h.update(`${pkg}@${fontVersion(pkg)}\n`);
  return h.digest('hex');
}

/** A strong ETag: input text + every option + the assets fingerprint. */
export function renderEtag(assets: string, text: string, p: RenderParams): string {
  const opts = JSON.stringify([p.diagram, p.format, p.size.width, p.size.height, p.scale ?? null, p.theme ?? null]);
  return `"${createHash('sha256').update(assets).update('\n').update(opts).update('\n').update(text).digest('base64url').slice(0, 32)}"`;
}
