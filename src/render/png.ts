import { encodePng } from './raster/encode.js';
import { rasterize } from './raster/pixels.js';

/** Largest PNG we will allocate: 40 megapixels (width × height × scale²), checked before rendering. */
export const MAX_PNG_PIXELS = 40_000_000;

/** Throws a RangeError when a width × height canvas at `scale` would pass MAX_PNG_PIXELS. */
export function checkPixelBudget(width: number, height: number, scale: number): void {
  if (width * height * scale * scale > MAX_PNG_PIXELS) throw new RangeError(`PNG of ${width * scale}×${height * scale} px is over the ${MAX_PNG_PIXELS / 1e6} MP limit`);
}

/**
 * SVG string → PNG bytes: resvg rasterises, our encoder writes the PNG (see raster/png-encode.ts
 * and raster/quantize.ts for the measured choices). Same SVG and scale → identical bytes.
 */
export function svgToPng(svg: string, width: number, height: number, scale: number): Uint8Array {
  checkPixelBudget(width, height, scale);
  return encodePng(rasterize(svg, { mode: 'zoom', value: scale }));
}
