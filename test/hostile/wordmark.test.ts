import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/io/themes.js';
import { layoutProblems } from '../../src/layout/invariants.js';
import { selectDiagrams } from '../../src/render/render.js';
import { cutOverwideLines } from '../../src/text/cut-line.js';
import { fixtures, renderer } from '../helpers/render-kit.js';
import { ROOT, tmp } from './kit.js';

/** A 60-character wordmark (the theme maximum) never leaves the canvas: it is cut with "…" and a warning. */

function themeWith(wordmark: string) {
  const t = JSON.parse(readFileSync(join(ROOT, 'themes', 'business-engineer.json'), 'utf8')) as Record<string, unknown>;
  t.wordmark = wordmark;
  t.name = 'long-mark';
  const file = join(tmp(), 'long-mark.json');
  writeFileSync(file, JSON.stringify(t));
  return loadTheme(file);
}

const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1200, height: 630 },
  { width: 2400, height: 600 },
  { width: 1080, height: 1080 },
  { width: 400, height: 400 },
];

describe.each([['W'.repeat(60)], ['THE EXTRAORDINARILY LONG BUSINESS ENGINEERING WORDMARK NAME!']])('wordmark %s', (wordmark) => {
  const theme = themeWith(wordmark);
  it.each(SIZES)('stays inside the margin at $width×$height, cut with a warning when it has to be', (size) => {
    for (const d of selectDiagrams(meta, ['strategy-map', 'quote', 'chain'])) {
      const { layout } = renderer.layout(meta, d, theme, size);
      expect(layoutProblems(layout).filter((p) => /brand|margin/.test(p)), `${d.name}`).toEqual([]);
      const brand = layout.texts.find((t) => t.role === 'brand');
      if (brand && brand.lines.join('') !== wordmark) {
        expect(brand.truncated).toBe(true);
        expect(brand.lines.at(-1)).toMatch(/…$/);
      }
    }
  });
});

describe('cutOverwideLines', () => {
  it('cuts a tracked word the wrapper measured without its letter-spacing', () => {
    const style = { size: 27, weight: 800, tracking: 0.14, uppercase: true };
    const m = renderer.text.measurer;
    const cut = cutOverwideLines(m, ['W'.repeat(60)], style, 1782)!;
    expect(cut[0]).toMatch(/^W+…$/);
    expect(m.lineWidth(cut[0]!, style)).toBeLessThanOrEqual(1782);
    expect(cutOverwideLines(m, ['WWW'], style, 1782)).toBeNull();
  });
});
