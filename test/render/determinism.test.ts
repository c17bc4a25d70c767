import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Renderer, bundledFontLoader, loadTheme } from '../../src/index.js';
import { fixtures } from '../helpers/render-kit.js';

const sha = (d: string | Uint8Array) => createHash('sha256').update(d).digest('hex');
const meta = fixtures().find((f) => f.name === 'meta-llama.json')!.analysis;

describe('determinism', () => {
  it('gives byte-identical SVG and PNG from two independent renderers (fresh font caches)', () => {
    const opts = { theme: loadTheme('business-engineer'), size: { width: 1200, height: 630 }, diagrams: ['strategy-map'], formats: ['svg', 'png'] as ('svg' | 'png')[] };
    const a = new Renderer(bundledFontLoader()).render(meta, opts)[0]!;
    const b = new Renderer(bundledFontLoader()).render(meta, opts)[0]!;
    expect(sha(a.svg!)).toBe(sha(b.svg!));
    expect(sha(a.png!)).toBe(sha(b.png!));
  });

  it('gives the same bytes whatever was rendered before in the same process (no hidden state)', () => {
    const r = new Renderer(bundledFontLoader());
    const opts = { theme: loadTheme('business-engineer'), size: { width: 1080, height: 1080 }, diagrams: ['strategy-map'], formats: ['svg'] as 'svg'[] };
    const first = r.render(meta, opts)[0]!.svg!;
    for (const f of fixtures()) if (f.analysis.strategyMap) r.render(f.analysis, opts);
    expect(r.render(meta, opts)[0]!.svg).toBe(first);
  });

  it('scales PNG pixels without changing the layout', () => {
    const r = new Renderer(bundledFontLoader());
    const base = { theme: loadTheme('business-engineer'), size: { width: 1200, height: 630 }, diagrams: ['strategy-map'] };
    const one = r.render(meta, { ...base, formats: ['svg', 'png'], scale: 1 })[0]!;
    const two = r.render(meta, { ...base, formats: ['svg', 'png'], scale: 2 })[0]!;
    expect(two.svg).toBe(one.svg);
    const dims = (png: Uint8Array) => [Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)];
    expect(dims(one.png!)).toEqual([1200, 630]);
    expect(dims(two.png!)).toEqual([2400, 1260]);
  });
});
