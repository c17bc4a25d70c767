import { describe, expect, it } from 'vitest';
import { bundledFontLoader } from '../../src/io/bundled-fonts.js';
import { TextEngine, type BlockRequest } from '../../src/text/engine.js';

const request = (over: Partial<BlockRequest> = {}): BlockRequest => ({
  role: 'node',
  text: 'Open weights commoditise the model layer',
  field: 'strategyMap.items[0].label',
  style: { size: 20, weight: 600, lineHeight: 1.2 } as BlockRequest['style'],
  lineHeightRatio: 1.2,
  maxWidth: 180,
  maxLines: 3,
  minSize: 14,
  align: 'middle',
  x: 0,
  top: 0,
  ...over,
});

/**
 * Searches ask the engine for the same block again and again; it answers a repeated request from
 * memory. What it answers must be what placing the block afresh gives, moving it must not move
 * the remembered one, and a request that differs only in what the fitted-lines key leaves out (the style's other
 * keys) must not get another request's block.
 */
describe('placed blocks remembered by request', () => {
  it('answers a repeated request with the block a fresh engine places', () => {
    const engine = new TextEngine(bundledFontLoader());
    const first = engine.block(request());
    const again = engine.block(request());
    expect(again).toEqual(new TextEngine(bundledFontLoader()).block(request()));
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it('leaves the remembered block where it was when a caller moves its block', () => {
    const engine = new TextEngine(bundledFontLoader());
    const first = engine.block(request());
    const box = { ...first.box };
    const moved = engine.moveTo(first, 300, 120);
    expect(moved.box.x).not.toBe(box.x);
    const again = engine.block(request());
    expect(again.box).toEqual(box);
    expect(again.x).toBe(0);
    expect(again.top).toBe(0);
  });

  it('keeps the style each request gave, key for key', () => {
    const engine = new TextEngine(bundledFontLoader());
    engine.block(request());
    const other = engine.block(request({ style: { size: 20, weight: 600, lineHeight: 1.5 } as BlockRequest['style'] }));
    expect((other.style as { lineHeight?: number }).lineHeight).toBe(1.5);
    const reordered = engine.block(request({ style: { weight: 600, size: 20, lineHeight: 1.2 } as BlockRequest['style'] }));
    expect(Object.keys(reordered.style)).toEqual(['weight', 'size', 'lineHeight']);
  });

  it('places a block asked for at another spot there, as placing it afresh does', () => {
    const engine = new TextEngine(bundledFontLoader());
    engine.block(request());
    const moved = engine.block(request({ x: 300, top: 120 }));
    expect(moved).toEqual(new TextEngine(bundledFontLoader()).block(request({ x: 300, top: 120 })));
  });

  it('stays bounded when one text is placed at many spots (its fit a hit every time)', () => {
    const engine = new TextEngine(bundledFontLoader());
    for (let i = 0; i < 8_050; i++) engine.block(request({ text: '3', x: i }));
    expect(engine.cachedBlocks).toBeGreaterThan(0);
    expect(engine.cachedBlocks).toBeLessThanOrEqual(8_000);
  });

  it('remembers blocks for one canvas view only, so nothing outlives its layout', () => {
    const engine = new TextEngine(bundledFontLoader());
    const first = engine.forCanvas({ lang: 'en', floor: 14 });
    first.block(request());
    first.block(request({ text: 'Recruitment magnet' }));
    expect(first.cachedBlocks).toBe(2);
    const next = engine.forCanvas({ lang: 'en', floor: 14 });
    expect(next.cachedBlocks).toBe(0);
    expect(engine.cachedBlocks).toBe(0);
    expect(next.block(request())).toEqual(first.block(request()));
  });
});
