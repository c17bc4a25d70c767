import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FaceCacheData } from '../text/cached-face.js';
import type { FontLoader } from '../text/font-book.js';
import { findRange, parseUnicodeRanges, type FallbackFamily } from '../text/fallback.js';

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
  loader.fallbacks = installedFallbacks();
  loader.metrics = (weight) => {
    try {
      return JSON.parse(readFileSync(metricsFile(weight, metricsDir), 'utf8')) as FaceCacheData;
    } catch {
      return undefined; // not built: the font book builds the same numbers in memory
    }
  };
  return loader;
}

/**
 * Optional CJK coverage: when @fontsource/noto-sans-sc is installed (it is 73 MB, so it is not a
 * dependency), Chinese and Japanese characters are drawn with it instead of "?". Each of its
 * ~100 Unicode-range subsets is read only when a character needs it.
 */
export function installedFallbacks(): FallbackFamily[] {
  const require = createRequire(import.meta.url);
  let unicode: string;
  try {
    unicode = require.resolve('@fontsource/noto-sans-sc/unicode.json');
  } catch {
    return [];
  }
  const dir = join(dirname(unicode), 'files');
  // the range table is read on the first character Inter lacks, not at start-up
  let ranges: ReturnType<typeof parseUnicodeRanges> | undefined;
  const table = () => (ranges ??= parseUnicodeRanges(JSON.parse(readFileSync(unicode, 'utf8')) as Record<string, string>));
  return [
    {
      subsetFor: (cp) => findRange(table(), cp),
      load: (weight, subset) => {
        try {
          return readFileSync(join(dir, `noto-sans-sc-${subset.replace(/[[\]]/g, '')}-${weight}-normal.woff`));
        } catch {
          return undefined;
        }
      },
    },
  ];
}
