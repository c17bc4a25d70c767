import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FaceCacheData } from '../text/cached-face.js';
import type { FontLoader } from '../text/font-book.js';

/** Where `npm run build` writes the Latin metrics cache (generated from the same font files). */
export const FONT_METRICS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'font-metrics');

/**
 * Inter from the @fontsource/inter npm package, one WOFF file per weight and Unicode subset.
 * Files are read on first use only, so a render loads just the weights and scripts it draws.
 */
export function fontsourceDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');
}

export function fontFile(dir: string, weight: number, subset: string): string {
  return join(dir, `inter-${subset}-${weight}-normal.woff`);
}

export function metricsFile(weight: number, dir = FONT_METRICS_DIR): string {
  return join(dir, `inter-latin-${weight}.json`);
}

export function bundledFontLoader(dir = fontsourceDir(), metricsDir = FONT_METRICS_DIR): FontLoader {
  const loader: FontLoader = (weight, subset) => {
    try {
      return readFileSync(fontFile(dir, weight, subset));
    } catch {
      return undefined;
    }
  };
  loader.metrics = (weight) => {
    try {
      return JSON.parse(readFileSync(metricsFile(weight, metricsDir), 'utf8')) as FaceCacheData;
    } catch {
      return undefined; // not built: the font book builds the same numbers in memory
    }
  };
  return loader;
}
