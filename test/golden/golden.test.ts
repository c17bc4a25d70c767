import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { strategyMap } from '../../src/diagrams/strategy-map/index.js';
import { svgToPng } from '../../src/render/png.js';
import { fixtures, lightTheme, renderer, theme } from '../helpers/render-kit.js';

/**
 * A few reference pictures, compared with a tolerant pixel diff (pixelmatch threshold 0.1,
 * at most 0.2% of pixels may differ). Regenerate with UPDATE_GOLDEN=1 after looking at the
 * new images; a mismatch writes expected | diff | actual to output/diffs/.
 */
const DIR = join(import.meta.dirname, 'images');
const DIFFS = join(import.meta.dirname, '..', '..', 'output', 'diffs');
const MAX_DIFF_RATIO = 0.002;

const cases = [
  { name: 'meta-strategy-map-og', fixture: 'meta-llama.json', size: { width: 1200, height: 630 }, theme },
  { name: 'twelve-strategy-map-square-light', fixture: 'twelve-satellites.json', size: { width: 1080, height: 1080 }, theme: lightTheme },
  { name: 'unicode-strategy-map-portrait', fixture: 'unicode.json', size: { width: 1080, height: 1350 }, theme },
];

describe('golden images', () => {
  for (const c of cases) {
    it(`${c.name} matches its reference within ${MAX_DIFF_RATIO * 100}% of pixels`, () => {
      const analysis = fixtures().find((f) => f.name === c.fixture)!.analysis;
      const { layout, alt, ctx } = renderer.layout(analysis, strategyMap, c.theme, c.size);
      const png = svgToPng(renderer.svg(layout, alt, strategyMap, ctx), c.size.width, c.size.height, 1);
      const file = join(DIR, `${c.name}.png`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, png);
      }
      const expected = PNG.sync.read(readFileSync(file));
      const actual = PNG.sync.read(Buffer.from(png));
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      const diff = new PNG({ width: expected.width, height: expected.height });
      const differing = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.1 });
      if (differing / (expected.width * expected.height) > MAX_DIFF_RATIO) {
        mkdirSync(DIFFS, { recursive: true });
        writeFileSync(join(DIFFS, `${c.name}-diff.png`), PNG.sync.write(diff));
        writeFileSync(join(DIFFS, `${c.name}-actual.png`), png);
      }
      expect(differing / (expected.width * expected.height)).toBeLessThanOrEqual(MAX_DIFF_RATIO);
    });
  }

  it('detects a real change (the comparison can fail)', () => {
    const expected = PNG.sync.read(readFileSync(join(DIR, 'meta-strategy-map-og.png')));
    const changed = PNG.sync.read(readFileSync(join(DIR, 'meta-strategy-map-og.png')));
    for (let y = 300; y < 340; y++) for (let x = 400; x < 800; x++) changed.data[(y * changed.width + x) * 4] = 255;
    const differing = pixelmatch(expected.data, changed.data, undefined, expected.width, expected.height, { threshold: 0.1 });
    expect(differing / (expected.width * expected.height)).toBeGreaterThan(MAX_DIFF_RATIO);
  });
});
