import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderOutputsFromText } from '../../src/outputs/index.js';
import { parseSize, SIZE_PRESETS } from '../../src/render/sizes.js';
import { FIX } from './kit.js';
import { validate } from '../../src/index.js';
import { selectDiagrams } from '../../src/render/render.js';

/**
 * The email profile at every size preset for every fixture: the @2x PNG is 1200 px wide,
 * fully opaque (the slot height is rounded, e.g. 1920×1080 → 600×338, and the drawing must
 * still cover it), and its height is twice the snippet's.
 */

const fixtures = readdirSync(FIX).filter((f) => f.endsWith('.json'));

describe.each(Object.keys(SIZE_PRESETS))('email profile at -s %s', (preset) => {
  it.each(fixtures)('%s', (fixture) => {
    const text = readFileSync(join(FIX, fixture), 'utf8');
    // every diagram of the Meta fixture; the first diagram of the others (the slot's rounding depends on the preset, not the diagram)
    const first = validate(text);
    const diagrams = fixture === 'meta-llama.json' || !first.ok ? 'all' : [selectDiagrams(first.analysis, 'all')[0]!.name];
    const result = renderOutputsFromText(text, { diagrams, formats: ['svg'], size: parseSize(preset), profile: 'email' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pngs = result.files.filter((f) => f.name.endsWith('@2x.png'));
    expect(pngs.length).toBeGreaterThan(0);
    for (const f of pngs) {
      const png = PNG.sync.read(Buffer.from(f.data as Uint8Array));
      expect(png.width).toBe(1200);
      const html = result.files.find((x) => x.name === f.name.replace('@2x.png', '.html'))!.data as string;
      const slotH = Number(/height="(\d+)"/.exec(html)?.[1]);
      expect(png.height).toBe(slotH * 2);
      let transparent = 0;
      for (let i = 3; i < png.data.length; i += 4) if (png.data[i] !== 255) transparent++;
      expect(transparent, `${f.name}: ${transparent} transparent pixels`).toBe(0);
    }
  }, 120_000);
});
