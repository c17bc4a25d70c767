import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { strategyMap } from '../../src/diagrams/strategy-map/index.js';
import { encodePng, encodePngWithin, MAX_OFF_SHARE } from '../../src/render/raster/encode.js';
import { rasterize } from '../../src/render/raster/pixels.js';
import { emailFiles } from '../../src/render/email/profile.js';
import { fixtures, renderer, theme } from '../helpers/render-kit.js';

const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;
const size = { width: 1200, height: 630 };
const { layout, alt, ctx } = renderer.layout(meta, strategyMap, theme, size);
const svg = renderer.svg(layout, alt, strategyMap, ctx);
const px = rasterize(svg, { mode: 'zoom', value: 1 });
const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png)).data;
const offShare = (png: Uint8Array) => pixelmatch(px.rgba, decode(png), undefined, px.width, px.height, { threshold: 0.1 }) / (px.width * px.height);

describe('PNG byte budget (--max-bytes)', () => {
  it('keeps the default encoding when it already fits', () => {
    const b = encodePngWithin(px, 1_000_000);
    expect(b.withinBudget).toBe(true);
    expect(Buffer.from(b.png).equals(Buffer.from(encodePng(px)))).toBe(true);
  });

  it('meets a budget the default misses with a smaller encoding that is still the same picture', () => {
    const budget = 30_000;
    expect(encodePng(px).length).toBeGreaterThan(budget);
    const b = encodePngWithin(px, budget);
    expect(b.withinBudget).toBe(true);
    expect(b.png.length).toBeLessThanOrEqual(budget);
    expect(offShare(b.png)).toBeLessThanOrEqual(MAX_OFF_SHARE);
  });

  it('says so, and writes the smallest same-picture encoding, when no encoding fits', () => {
    const b = encodePngWithin(px, 5_000);
    expect(b.withinBudget).toBe(false);
    expect(b.png.length).toBeGreaterThan(5_000);
    expect(b.png.length).toBeLessThan(encodePng(px).length);
    expect(offShare(b.png)).toBeLessThanOrEqual(MAX_OFF_SHARE);
  });

  it('the email profile keeps every @2x PNG of the Meta fixture under 100 KB by default', () => {
    const rendered = renderer.render(meta, { theme, size: { width: 600, height: 400 }, formats: ['svg'] });
    for (const r of rendered) {
      const png = emailFiles(r).files.find((f) => f.format === 'png')!.data as Uint8Array;
      expect(png.length, r.diagram).toBeLessThanOrEqual(100_000);
    }
  });
});
