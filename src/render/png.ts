import type { Warning } from '../layout/types.js';
import { encodePng, encodePngWithin } from './raster/encode.js';
import { rasterize, type Fit, type Pixels } from './raster/pixels.js';

import { MAX_PNG_PIXELS } from './sizes.js';
import { VisintError } from '../errors.js';

export { MAX_PNG_PIXELS };

/** Throws a VisintError ('unsupported-size') when a width × height canvas at `scale` would pass MAX_PNG_PIXELS. */
export function checkPixelBudget(width: number, height: number, scale: number): void {
  if (width * height * scale * scale > MAX_PNG_PIXELS) throw new VisintError('unsupported-size', `PNG of ${width * scale}×${height * scale} px is over the ${MAX_PNG_PIXELS / 1e6} MP limit`);
}

export interface PngResult {
  png: Uint8Array;
  pixels: Pixels;
  /** set when a byte budget was asked for and even the smallest same-picture encoding is over it */
  warning?: Warning;
}

/**
 * SVG → pixels (resvg) → PNG bytes (our encoder; raster/png-encode.ts and raster/quantize.ts hold
 * the measured choices). With `maxBytes`, the first same-picture encoding that fits (raster/encode.ts).
 */
export function svgToPngResult(svg: string, fit: Fit, maxBytes?: number, name = 'the PNG'): PngResult {
  return pngFromPixels(rasterize(svg, fit), maxBytes, name);
}

/** PNG bytes for pixels already rasterised; with `maxBytes`, the first same-picture encoding that fits. */
export function pngFromPixels(pixels: Pixels, maxBytes?: number, name = 'the PNG'): PngResult {
  if (maxBytes === undefined) return { png: encodePng(pixels), pixels };
  const b = encodePngWithin(pixels, maxBytes);
  if (b.withinBudget) return { png: b.png, pixels };
  return { png: b.png, pixels, warning: { field: 'png', message: `${name} is ${Math.round(b.png.length / 1000)} KB (${b.encoding}), over the ${Math.round(maxBytes / 1000)} KB budget; no smaller encoding keeps the picture` } };
}

/** SVG string → PNG bytes at `scale`; same SVG, scale and budget → identical bytes. */
export function svgToPng(svg: string, width: number, height: number, scale: number, maxBytes?: number): Uint8Array {
  checkPixelBudget(width, height, scale);
  return svgToPngResult(svg, { mode: 'zoom', value: scale }, maxBytes).png;
}
