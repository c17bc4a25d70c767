import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compositeInJs, compositeOverGradient, type CanvasGradient } from '../../src/render/raster/canvas-gradient.js';
import { quantize } from '../../src/render/raster/quantize.js';
import { wasmPixels } from '../../src/render/raster/wasm-pixels.js';

/**
 * The WebAssembly pixel kernels (assembly/pixels.ts) are exact ports of the JavaScript they speed up
 * (canvas-gradient.ts, quantize.ts): for any picture, the same pixels, palette, indices and error
 * figures, so a PNG's bytes do not depend on which ran.
 */
const built = join(import.meta.dirname, '..', '..', 'dist', 'wasm', 'pixels.wasm');

/** Pictures made of runs of a few colours (as a diagram is), some translucent, some transparent. */
const pictureArb = fc
  .record({
    width: fc.integer({ min: 1, max: 48 }),
    height: fc.integer({ min: 1, max: 32 }),
    colours: fc.array(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.constantFrom(0, 255, 255, 128, 17, 254)), { minLength: 1, maxLength: 400 }),
    seed: fc.nat(),
  })
  .map(({ width, height, colours, seed }) => {
    const rgba = new Uint8Array(width * height * 4);
    let s = seed;
    for (let p = 0; p < width * height; ) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const [r, g, b, a] = colours[s % colours.length]!;
      const run = 1 + ((s >>> 8) % 9);
      for (let k = 0; k < run && p < width * height; k++, p++) {
        // premultiplied, as resvg hands it over: no channel above alpha
        rgba.set([Math.min(r, a), Math.min(g, a), Math.min(b, a), a], p * 4);
      }
    }
    return { width, height, rgba };
  });

const gradientArb = fc.record({
  from: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  to: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  colours: fc.tuple(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)), fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255))),
});

describe('WebAssembly pixel kernels', () => {
  it('are built and load', () => {
    expect(existsSync(built)).toBe(true);
    expect(wasmPixels()).not.toBeNull();
  });

  it('composite over the canvas gradient exactly as the JavaScript (property)', () => {
    fc.assert(
      fc.property(pictureArb, gradientArb, (pic, g) => {
        const gradient: CanvasGradient = { rest: '', width: pic.width, height: pic.height, from: g.from, to: g.to, colours: [g.colours[0], g.colours[1]] };
        const wasm = compositeOverGradient(pic.rgba.slice(), pic.width, pic.height, gradient);
        const js = compositeInJs(pic.rgba.slice(), pic.width, pic.height, gradient);
        expect(Buffer.compare(Buffer.from(wasm), Buffer.from(js))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('quantise exactly as the JavaScript: palette, indices and error figures (property)', () => {
    fc.assert(
      fc.property(pictureArb, fc.constantFrom(256, 128, 64, 16, 2), (pic, colours) => {
        const px = { width: pic.width, height: pic.height, rgba: pic.rgba, opaque: false };
        const wasm = quantize(px, colours, 24, 'auto');
        const js = quantize(px, colours, 24, 'js');
        expect(wasm).toBeDefined();
        expect(Buffer.compare(Buffer.from(wasm!.palette.colours), Buffer.from(js!.palette.colours))).toBe(0);
        expect(Buffer.compare(Buffer.from(wasm!.rows), Buffer.from(js!.rows))).toBe(0);
        expect([wasm!.exact, wasm!.maxError, wasm!.pixelsOver]).toEqual([js!.exact, js!.maxError, js!.pixelsOver]);
      }),
      { numRuns: 300 },
    );
  });
});
