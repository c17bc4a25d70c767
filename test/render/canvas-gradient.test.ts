import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { findCanvasGradient } from '../../src/render/raster/canvas-gradient.js';
import { rasterize } from '../../src/render/raster/pixels.js';

// the shape render/svg.ts writes: a two-stop bounding-box gradient on a rect of the whole canvas
const svg = (fillRef = 'url(#canvas)') =>
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="160" viewBox="0 0 300 160"><defs><linearGradient id="canvas" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0D7377"/><stop offset="1" stop-color="#084C4F"/></linearGradient></defs>' +
  `<rect width="300" height="160" fill="${fillRef}"/><rect x="40" y="30" width="120" height="60" rx="12" fill="#FFFFFF" fill-opacity="0.8"/><path d="M10 150 Q150 10 290 150" stroke="#32E0C4" stroke-width="3" fill="none"/></svg>`;

describe('canvas gradient drawn outside resvg', () => {
  it('recognises our background and leaves other SVGs to resvg', () => {
    expect(findCanvasGradient(svg())).toBeDefined();
    expect(findCanvasGradient(svg('#0D7377'))).toBeUndefined();
  });

  it('gives resvg’s own picture within 2 levels per channel, at any zoom', () => {
    for (const zoom of [1, 2]) {
      const ours = rasterize(svg(), { mode: 'zoom', value: zoom });
      const theirs = new Resvg(svg(), { fitTo: { mode: 'zoom', value: zoom }, font: { loadSystemFonts: false }, shapeRendering: 2 }).render().pixels;
      expect(ours.opaque).toBe(true);
      let max = 0;
      for (let i = 0; i < theirs.length; i++) max = Math.max(max, Math.abs(ours.rgba[i]! - theirs[i]!));
      expect(max).toBeLessThanOrEqual(2);
    }
  });
});
