import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontLoader } from '../text/font-book.js';

/**
 * Inter from the @fontsource/inter npm package, one WOFF file per weight and Unicode subset.
 * Files are read on first use only, so a render loads just the weights and scripts it draws.
 */
export function fontsourceDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');
}

export function bundledFontLoader(dir = fontsourceDir()): FontLoader {
  return (weight, subset) => {
    try {
      return readFileSync(join(dir, `inter-${subset}-${weight}-normal.woff`));
    } catch {
      return undefined;
    }
  };
}
